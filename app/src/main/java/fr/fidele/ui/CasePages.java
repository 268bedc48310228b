package fr.fidele.ui;

import java.util.List;

import fr.fidele.chat.ChatMessages;
import fr.fidele.contacts.CaseStatus;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Contacts;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.email.EmailMessages;
import fr.fidele.history.History;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case: its contacts across channels, its status and its history. */
@Controller
class CasePages {

	private final ContactManagement management;
	private final CustomerManagement customers;
	private final Contacts contacts;
	private final History history;
	private final PageLabels labels;
	private final PageActions actions;
	private final EmailMessages emails;
	private final ChatMessages chats;

	CasePages(ContactManagement management, CustomerManagement customers, Contacts contacts, History history,
			PageLabels labels, PageActions actions, EmailMessages emails, ChatMessages chats) {
		this.chats = chats;
		this.actions = actions;
		this.emails = emails;
		this.management = management;
		this.customers = customers;
		this.contacts = contacts;
		this.history = history;
		this.labels = labels;
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, Model model) {
		SupportCase supportCase = management.getCase(id);
		List<Contact> caseContacts = contacts.ofCase(id);
		model.addAttribute("file", new CaseView(supportCase, customers.get(supportCase.customerId()), caseContacts,
				history.of("case", id), labels.of(caseContacts, List.of(supportCase))));
		model.addAttribute("emails", emails.ofCase(id));
		model.addAttribute("chats", chats.ofContacts(caseContacts.stream().map(Contact::id).toList()));
		return "cases/detail";
	}

	@PostMapping("/cases/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam CaseStatus status, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes flash) {
		return actions.act(flash, "redirect:/cases/" + id, () -> management.changeStatus(id, status, reason));
	}
}
