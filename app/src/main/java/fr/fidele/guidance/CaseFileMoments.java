package fr.fidele.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import fr.fidele.contacts.Cases;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Contacts;
import fr.fidele.customers.Customer;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Expertise;
import fr.fidele.routing.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Reads the moment of a work item from the case file: the reason the advisor named (in the guide's panel, or already on
 * the contact), the customer's segment, expertise and language, an open complaint, a recent cancellation request. A
 * caller nobody recognised yet is taken as an intermediate in the item's language.
 */
@Component
public class CaseFileMoments {

	private static final int RECENT_CONTACTS = 20;

	private final Customers customers;
	private final Contacts contacts;
	private final Cases cases;
	private final GuideUses uses;
	private final Clock clock;

	CaseFileMoments(Customers customers, Contacts contacts, Cases cases, GuideUses uses, Clock clock) {
		this.customers = customers;
		this.contacts = contacts;
		this.cases = cases;
		this.uses = uses;
		this.clock = clock;
	}

	public Moment of(WorkItem item) {
		String reason = reasonOf(item);
		Customer customer = item.customerId() == null ? null : customers.findById(item.customerId()).orElse(null);
		if (customer == null) {
			return new Moment(reason, item.channel(), null, Expertise.INTERMEDIATE, item.language() == null ? "fr" : item.language(), Set.of());
		}
		Set<Situation> situations = EnumSet.noneOf(Situation.class);
		if (cases.ofCustomer(customer.id()).stream().anyMatch(c -> c.status().unresolved() && "COMPLAINT".equals(c.reasonCode()))) {
			situations.add(Situation.OPEN_COMPLAINT);
		}
		Instant since = clock.instant().minus(Duration.ofDays(GuideChoice.CHURN_RISK_DAYS));
		if (contacts.ofCustomer(customer.id(), RECENT_CONTACTS).stream()
			.anyMatch(c -> "CANCELLATION_REQUEST".equals(c.reasonCode()) && c.arrivedAt().isAfter(since))) {
			situations.add(Situation.CHURN_RISK);
		}
		return new Moment(reason, item.channel(), customer.segment(), customer.expertise(), customer.language(), situations);
	}

	/** The contact's reason as the advisor named it beside the guide, else as recorded: all a panel may need of the moment. */
	public String reasonOf(WorkItem item) {
		return uses.namedReason(item.contactId()).orElseGet(() -> contacts.find(item.contactId()).map(Contact::reasonCode).orElse(null));
	}
}
