package fr.fidele.customers;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.history.History;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what identifies a customer, on their request: name, reference, e-mails, phone numbers and social handles,
 * notes, consents (their history keeps its dates, not its sources' words), the notes of their outcomes. The customer stays as an anonymous fact (segment, expertise, value,
 * dates, outcomes), so that the loyalty figures of the past do not change. Part of an erasure the privacy module runs
 * in one transaction.
 */
@Service
public class CustomerErasure {

	/** What an erased customer is called from now on: a code, the same in every language. */
	public static final String ERASED_PREFIX = "ERASED-";

	private final Customers customers;
	private final JdbcClient jdbc;
	private final History history;
	private final ConsentHistory consents;

	CustomerErasure(Customers customers, JdbcClient jdbc, History history, ConsentHistory consents) {
		this.consents = consents;
		this.customers = customers;
		this.jdbc = jdbc;
		this.history = history;
	}

	/** Erases the customer's identity; returns the values that identified them, for the other modules to scrub. */
	@Transactional(propagation = Propagation.MANDATORY)
	public PersonalValues erase(long customerId) {
		Customer customer = customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
		List<String> values = new ArrayList<>(List.of(customer.name(), customer.reference()));
		for (Identity identity : customer.identities()) {
			values.add(identity.value());
			if (identity.kind() == IdentityKind.PHONE) {
				// the forms a phone number is also written in (SearchText): E.164 digits, and French national
				values.add(identity.value().substring(1));
				if (identity.value().startsWith("+33")) {
					values.add("0" + identity.value().substring(3));
				}
			}
		}
		String code = ERASED_PREFIX + customerId;
		jdbc.sql("""
				update customer set reference = :code, display_name = :code, search_text = '', notes = null,
				    consent_email = false, consent_sms = false, consent_phone = false, updated_at = now(), version = version + 1
				where id = :id""")
			.param("code", code).param("id", customerId).update();
		jdbc.sql("delete from customer_identity where customer_id = ?").param(customerId).update();
		jdbc.sql("update outcome_event set note = null where customer_id = ?").param(customerId).update();
		history.erase(CustomerManagement.ENTITY, List.of(customerId));
		consents.erase(customerId, PersonalValues.ERASED);
		return new PersonalValues(values);
	}

	/** Whether the customer was erased. */
	public boolean erased(long customerId) {
		return customers.findById(customerId).map(customer -> customer.reference().equals(ERASED_PREFIX + customerId)).orElse(false);
	}
}
