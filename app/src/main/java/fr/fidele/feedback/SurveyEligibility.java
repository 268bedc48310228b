package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import fr.fidele.contacts.CaseStatus;
import fr.fidele.contacts.Cases;
import fr.fidele.contacts.Contact;
import fr.fidele.customers.Customer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a customer may be asked about a contact, by a rule: not if they asked never to be surveyed, not if they were
 * asked within the rule's quiet days, and, unless the rule says otherwise, not after a cancellation (the contact's
 * reason, or a customer who has left) nor while a complaint of theirs is still open. A survey then would ask someone
 * who is leaving or still waiting for an answer how satisfied they are.
 */
@Component
class SurveyEligibility {

	static final String CANCELLATION = "CANCELLATION_REQUEST";
	static final String COMPLAINT = "COMPLAINT";
	private static final Set<CaseStatus> OPEN = Set.of(CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.REOPENED);

	private final JdbcClient jdbc;
	private final Cases cases;
	private final Clock clock;

	SurveyEligibility(JdbcClient jdbc, Cases cases, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.clock = clock;
	}

	boolean mayAsk(SurveyRule rule, Contact contact, Customer customer) {
		if (objected(customer.id()) || askedWithin(customer.id(), rule.quietDays())) {
			return false;
		}
		boolean cancelling = CANCELLATION.equals(contact.reasonCode()) || customer.churnedOn() != null;
		if (cancelling && !rule.afterCancellation()) {
			return false;
		}
		boolean complaining = cases.ofCustomer(customer.id()).stream()
			.anyMatch(open -> COMPLAINT.equals(open.reasonCode()) && OPEN.contains(open.status()));
		return !complaining || rule.duringOpenComplaint();
	}

	/** Whether the contact has had its invitation already (one per contact, whichever way it went). */
	boolean invited(long contactId) {
		return jdbc.sql("select count(*) from survey_invitation where contact_id = ?").param(contactId).query(Integer.class).single() > 0;
	}

	boolean objected(long customerId) {
		return jdbc.sql("select count(*) from survey_objection where customer_id = ?").param(customerId).query(Integer.class).single() > 0;
	}

	private boolean askedWithin(long customerId, int days) {
		return days > 0 && jdbc.sql("select count(*) from survey_invitation where customer_id = ? and created_at > ?")
			.params(customerId, Timestamp.from(clock.instant().minus(Duration.ofDays(days)))).query(Integer.class).single() > 0;
	}
}
