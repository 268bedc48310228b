package fr.fidele.demo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.messaging.MessagingBulkLoad;

/**
 * The simulation's rows handed to the modules that own them, each loading its tables in bulk; nothing is visible
 * until {@link #finish()}, and whoever opened the loads closes them.
 */
final class BulkLoadRows implements DemoRows {

	private final CustomerBulkLoad customers;
	private final ContactBulkLoad contacts;
	private final EmailBulkLoad emails;
	private final MessagingBulkLoad messages;

	BulkLoadRows(CustomerBulkLoad customers, ContactBulkLoad contacts, EmailBulkLoad emails, MessagingBulkLoad messages) {
		this.customers = customers;
		this.contacts = contacts;
		this.emails = emails;
		this.messages = messages;
	}

	@Override
	public void customer(CustomerBulkLoad.Row row) throws SQLException {
		customers.customer(row);
	}

	@Override
	public void identity(long customerId, IdentityKind kind, String value) throws SQLException {
		customers.identity(customerId, kind, value);
	}

	@Override
	public void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) throws SQLException {
		customers.outcome(customerId, type, occurredOn, monthlyValue);
	}

	@Override
	public void supportCase(ContactBulkLoad.CaseRow row) throws SQLException {
		contacts.supportCase(row);
	}

	@Override
	public void contact(ContactBulkLoad.ContactRow row) throws SQLException {
		contacts.contact(row);
	}

	@Override
	public void leg(ContactBulkLoad.LegRow row) throws SQLException {
		contacts.leg(row);
	}

	@Override
	public void emailConversation(EmailBulkLoad.Conversation conversation) throws SQLException {
		emails.conversation(conversation);
	}

	@Override
	public void messagingExchange(MessagingBulkLoad.Exchange exchange) throws SQLException {
		messages.exchange(exchange);
	}

	/** Commits the loads in order: no contact is ever visible without its customer, nor a message without its contact. */
	void finish() throws SQLException {
		customers.finish();
		contacts.finish();
		emails.finish();
		messages.finish();
	}
}
