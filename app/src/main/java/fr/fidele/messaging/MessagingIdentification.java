package fr.fidele.messaging;

import fr.fidele.contacts.LiveContacts;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Identity;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.Arrivals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisor recognises an unknown writer as an existing customer: the conversation, its contacts and its waiting or
 * held item become the customer's, on a case of theirs, and the writer's number or account becomes one of the
 * customer's identities (unless another customer has it), so that their next message is recognised at once.
 */
@Service
public class MessagingIdentification {

	private record Conversation(MessagingKind kind, String authorId, Long customerId) {
	}

	private final JdbcClient jdbc;
	private final Customers customers;
	private final CustomerManagement customerManagement;
	private final MessagingCases cases;
	private final LiveContacts contacts;
	private final Arrivals arrivals;

	MessagingIdentification(JdbcClient jdbc, Customers customers, CustomerManagement customerManagement, MessagingCases cases,
			LiveContacts contacts, Arrivals arrivals) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.customerManagement = customerManagement;
		this.cases = cases;
		this.contacts = contacts;
		this.arrivals = arrivals;
	}

	/** Gives the conversation of a contact's message to the customer; returns the id of its case. */
	@Transactional
	public long identifyContact(long contactId, long customerId, String reason) {
		long thread = jdbc.sql("select thread_id from messaging_message where contact_id = ? limit 1").param(contactId).query(Long.class)
			.optional().orElseThrow(() -> new NotFoundException("message of contact", contactId));
		return identify(thread, customerId, reason);
	}

	/** Gives the conversation to the customer; returns the id of its case. */
	@Transactional
	public long identify(long threadId, long customerId, String reason) {
		Conversation conversation = jdbc.sql("""
				select c.kind, t.author_id, t.customer_id from messaging_thread t join messaging_channel c on c.id = t.channel_id
				where t.id = ? for update of t""")
			.param(threadId)
			.query((rs, n) -> new Conversation(MessagingKind.valueOf(rs.getString(1)), rs.getString(2), (Long) rs.getObject(3))).optional()
			.orElseThrow(() -> new NotFoundException("conversation", threadId));
		if (customers.findById(customerId).isEmpty()) {
			throw new InvalidFieldException("customerId", "unknownCustomer", customerId);
		}
		if (conversation.customerId() != null) {
			if (conversation.customerId() != customerId) {
				throw new ConflictException("conversationIdentified", threadId);
			}
			return cases.caseFor(threadId, customerId, null);
		}
		String firstWords = jdbc.sql("select body from messaging_message where thread_id = ? and direction = 'INBOUND' order by id limit 1")
			.param(threadId).query(String.class).optional().orElse(null);
		jdbc.sql("update messaging_thread set customer_id = ? where id = ?").params(customerId, threadId).update();
		long caseId = cases.caseFor(threadId, customerId, firstWords);
		for (long contact : jdbc.sql("select distinct contact_id from messaging_message where thread_id = ? and contact_id is not null")
			.param(threadId).query(Long.class).list()) {
			contacts.identified(contact, customerId, caseId, reason);
			arrivals.identified(contact, customerId);
		}
		conversation.kind().identity(conversation.authorId())
			.ifPresent(identity -> customerManagement.addIdentity(customerId, new Identity(conversation.kind().identityKind(), identity), reason));
		return caseId;
	}
}
