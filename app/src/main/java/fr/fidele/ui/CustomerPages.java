package fr.fidele.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.contacts.Cases;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Contacts;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerChanges;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Customers;
import fr.fidele.gratitude.Gratitude;
import fr.fidele.history.History;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customers list with its search box, and a customer's case file. */
@Controller
class CustomerPages {

	private static final int PAGE = 50;
	/** Contacts shown on the case file; older ones stay reachable through the API. */
	private static final int TIMELINE_CONTACTS = 200;

	private final Customers customers;
	private final CustomerManagement management;
	private final Contacts contacts;
	private final Cases cases;
	private final History history;
	private final PageLabels labels;
	private final Gratitude gratitude;
	private final Clock clock;

	CustomerPages(Customers customers, CustomerManagement management, Contacts contacts, Cases cases, History history,
			PageLabels labels, Gratitude gratitude, Clock clock) {
		this.gratitude = gratitude;
		this.customers = customers;
		this.management = management;
		this.contacts = contacts;
		this.cases = cases;
		this.history = history;
		this.labels = labels;
		this.clock = clock;
	}

	/** Where each person's work is: the customers, or for an outside mystery shopper, their assignments. */
	@GetMapping("/")
	String home(SignedInUser me) {
		return me.roles().equals(Set.of(Role.SHOPPER)) ? "redirect:/mystery/mine" : "redirect:/customers";
	}

	@GetMapping("/customers")
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.strip();
		model.addAttribute("q", query);
		model.addAttribute("customers", query.isEmpty() ? customers.latest(PAGE) : customers.search(query, PAGE));
		return "customers/list";
	}

	@GetMapping("/customers/{id}")
	String caseFile(@PathVariable long id, Model model) {
		Customer customer = management.get(id);
		List<Contact> recent = contacts.ofCustomer(id, TIMELINE_CONTACTS);
		List<SupportCase> customerCases = cases.ofCustomer(id);
		model.addAttribute("file", new CaseFile(customer, customer.tenureDays(LocalDate.now(clock)),
				CaseFile.timeline(recent, customers.outcomes(id)), customerCases, history.of("customer", id),
				labels.of(recent, customerCases)));
		// the moments they were thanked for, and by whom: the next person to speak to them knows
		model.addAttribute("thanks", gratitude.ofCustomer(id));
		return "customers/detail";
	}

	@PostMapping("/customers/{id}/notes")
	String saveNotes(@PathVariable long id, @RequestParam String notes, @RequestParam String reason) {
		management.update(id, new CustomerChanges(null, null, null, null, null, null, notes, null), reason);
		return "redirect:/customers/" + id;
	}
}
