package fr.fidele.email;

import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.LiveContacts;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.Arrivals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisor recognises an unknown sender as an existing customer: the conversation, its contacts and its waiting or
 * held item become the customer's, on a case named by its subject, and the sender's address becomes one of the
 * customer's e-mail identities (unless another customer has it), so that their next message is recognised at once.
 */
@Service
public class EmailIdentification {

	private final JdbcClient jdbc;
	private final Customers customers;
	private final CustomerManagement customerManagement;
	private final ContactManagement cases;
	private final LiveContacts contacts;
	private final Arrivals arrivals;

	EmailIdentification(JdbcClient jdbc, Customers customers, CustomerManagement customerManagement, ContactManagement cases,
			LiveContacts contacts, Arrivals arrivals) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.customerManagement = customerManagement;
		this.cases = cases;
		this.contacts = contacts;
		this.arrivals = arrivals;
	}

	private record Conversation(String sender, Long customerId, Long caseId, String subject) {
	}

	/** Gives the conversation of a contact's message to the customer; returns the id of its case. */
	@Transactional
	public long identifyContact(long contactId, long customerId, String reason) {
		long thread = jdbc.sql("select thread_id from email_message where contact_id = ? and thread_id is not null").param(contactId)
			.query(Long.class).optional().orElseThrow(() -> new NotFoundException("e-mail of contact", contactId));
		return identify(thread, customerId, reason);
	}

	/** Gives the conversation to the customer; returns the id of its case. */
	@Transactional
	public long identify(long threadId, long customerId, String reason) {
		Conversation conversation = jdbc.sql("select sender, customer_id, case_id, subject from email_thread where id = ? for update")
			.param(threadId).query((rs, n) -> new Conversation(rs.getString(1), (Long) rs.getObject(2), (Long) rs.getObject(3), rs.getString(4)))
			.optional().orElseThrow(() -> new NotFoundException("conversation", threadId));
		if (customers.findById(customerId).isEmpty()) {
			throw new InvalidFieldException("customerId", "unknownCustomer", customerId);
		}
		if (conversation.customerId() != null) {
			if (conversation.customerId() == customerId && conversation.caseId() != null) {
				return conversation.caseId();
			}
			throw new ConflictException("conversationIdentified", threadId);
		}
		long caseId = cases.openCase(customerId, null, EmailIntake.caseSubject(conversation.subject()), null, reason).id();
		jdbc.sql("update email_thread set customer_id = ?, case_id = ? where id = ?").params(customerId, caseId, threadId).update();
		for (long contact : jdbc.sql("select contact_id from email_message where thread_id = ? and contact_id is not null").param(threadId)
			.query(Long.class).list()) {
			contacts.identified(contact, customerId, caseId, reason);
			arrivals.identified(contact, customerId);
		}
		customerManagement.addIdentity(customerId, new Identity(IdentityKind.EMAIL, conversation.sender()), reason);
		return caseId;
	}
}
