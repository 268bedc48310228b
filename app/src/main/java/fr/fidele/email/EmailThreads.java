package fr.fidele.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.Customers;
import fr.fidele.customers.IdentityKind;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which conversation a message received belongs to: the one of a message it answers ({@code In-Reply-To},
 * {@code References}); else the case whose reference Fidèle put in the subject ({@code [#C-12345]}), if the sender is
 * that case's customer (anyone can type a reference); else a new conversation, for the customer whose e-mail identity
 * the sender is, or for an unknown sender.
 */
@Component
class EmailThreads {

	/** How Fidèle names a case in the subjects it sends, and finds it again in the answers. */
	static final Pattern CASE_REFERENCE = Pattern.compile("\\[#C-(\\d{1,18})]");

	/** A conversation: its customer and case when known. */
	record Thread(long id, Long customerId, Long caseId) {
	}

	private final JdbcClient jdbc;
	private final Customers customers;
	private final ContactManagement contacts;

	EmailThreads(JdbcClient jdbc, Customers customers, ContactManagement contacts) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.contacts = contacts;
	}

	Thread of(Mailbox box, IncomingMail mail, Instant now) {
		return answered(box, mail).or(() -> referencedCase(box, mail, now)).orElseGet(() -> {
			Long customer = customers.idByIdentity(IdentityKind.EMAIL, mail.sender()).orElse(null);
			return create(box, mail, customer, null, now);
		});
	}

	/** The conversation's case, once the contacts module found or opened it for the first message. */
	void caseFound(long threadId, long caseId) {
		jdbc.sql("update email_thread set case_id = ? where id = ? and case_id is null").params(caseId, threadId).update();
	}

	private Optional<Thread> answered(Mailbox box, IncomingMail mail) {
		if (mail.references().isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select t.id, t.customer_id, t.case_id from email_message m join email_thread t on t.id = m.thread_id
				where m.mailbox_id = ? and m.message_id = any(?) order by m.received_at desc, m.id desc limit 1""")
			.params(box.id(), mail.references().toArray(String[]::new)).query(EmailThreads::map).optional();
	}

	private Optional<Thread> referencedCase(Mailbox box, IncomingMail mail, Instant now) {
		Matcher reference = CASE_REFERENCE.matcher(mail.subject() == null ? "" : mail.subject());
		if (!reference.find()) {
			return Optional.empty();
		}
		Optional<Long> sender = customers.idByIdentity(IdentityKind.EMAIL, mail.sender());
		Optional<SupportCase> referenced = sender.flatMap(customer -> caseOf(Long.parseLong(reference.group(1)))
			.filter(found -> found.customerId() == customer));
		return referenced.map(found -> jdbc.sql("""
				select id, customer_id, case_id from email_thread where mailbox_id = ? and case_id = ? order by id desc limit 1""")
			.params(box.id(), found.id()).query(EmailThreads::map).optional()
			.orElseGet(() -> create(box, mail, found.customerId(), found.id(), now)));
	}

	private Optional<SupportCase> caseOf(long id) {
		try {
			return Optional.of(contacts.getCase(id));
		}
		catch (NotFoundException unknown) {
			return Optional.empty();
		}
	}

	private Thread create(Mailbox box, IncomingMail mail, Long customerId, Long caseId, Instant now) {
		long id = jdbc.sql("""
				insert into email_thread (mailbox_id, sender, customer_id, case_id, subject, created_at) values (?, ?, ?, ?, ?, ?) returning id""")
			.params(box.id(), mail.sender(), customerId, caseId, mail.subject(), Timestamp.from(now)).query(Long.class).single();
		return new Thread(id, customerId, caseId);
	}

	private static Thread map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Thread(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3));
	}
}
