package fr.fidele.email;

import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads whole e-mail conversations in bulk (the demo company's): each a customer's message and, when answered, the
 * advisor's reply, in a mailbox of their own that is never read nor sent from. Nothing is visible until
 * {@link #finish()}; {@link #close()} discards what did not finish.
 */
public final class EmailBulkLoad implements AutoCloseable {

	/**
	 * A conversation of one message and its answer.
	 *
	 * @param answer the advisor's reply, or null when the customer still waits
	 */
	public record Conversation(long customerId, long caseId, long contactId, String customerAddress, String subject, String question,
			Instant askedAt, String answer, Instant answeredAt, long advisorId) {
	}

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final long mailboxId;
	private final String mailbox;
	private final CopyStream threads;
	private final CopyStream messages;
	private long nextThreadId;
	private long nextMessageId;

	EmailBulkLoad(DataSource dataSource, JdbcClient jdbc, String address, String queue) throws SQLException {
		this.jdbc = jdbc;
		this.mailbox = address;
		// a mailbox for the record only: disabled, with no server and no password, so nothing reads or sends through it
		jdbc.sql("""
				insert into mailbox (address, imap_host, imap_port, imap_tls, smtp_host, smtp_port, smtp_tls, username, password_sealed,
				                     queue_code, enabled)
				select ?, 'imap.invalid', 993, true, 'smtp.invalid', 465, true, ?, ''::bytea, ?, false
				where not exists (select 1 from mailbox where lower(address) = lower(?))""")
			.params(address, address, queue, address).update();
		this.mailboxId = jdbc.sql("select id from mailbox where lower(address) = lower(?)").param(address).query(Long.class).single();
		this.nextThreadId = BulkCopy.firstFreeId(jdbc, "email_thread");
		this.nextMessageId = BulkCopy.firstFreeId(jdbc, "email_message");
		this.load = new BulkCopy(dataSource);
		try {
			this.threads = load.table("email_thread", "id, mailbox_id, sender, customer_id, case_id, subject, created_at");
			this.messages = load.table("email_message", """
					id, mailbox_id, thread_id, direction, message_id, in_reply_to, sender, recipients, subject, sent_at, received_at,
					text_body, contact_id, send_state, author_id, attempts""");
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	public void conversation(Conversation c) throws SQLException {
		long thread = nextThreadId++;
		threads.add(thread).add(mailboxId).add(c.customerAddress()).add(c.customerId()).add(c.caseId()).add(c.subject()).add(c.askedAt())
			.endRow();
		String asked = "<demo-" + c.contactId() + "@" + domain() + ">";
		messages.add(nextMessageId++).add(mailboxId).add(thread).add("INBOUND").add(asked).add((String) null).add(c.customerAddress())
			.add(mailbox).add(c.subject()).add(c.askedAt()).add(c.askedAt()).add(c.question()).add(c.contactId()).add((String) null)
			.add((Long) null).add(0L).endRow();
		if (c.answer() != null) {
			messages.add(nextMessageId++).add(mailboxId).add(thread).add("OUTBOUND").add("<demo-reply-" + c.contactId() + "@" + domain() + ">")
				.add(asked).add(mailbox).add(c.customerAddress()).add(EmailReplies.subject(c.subject(), c.caseId())).add(c.answeredAt())
				.add(c.answeredAt()).add(c.answer()).add((Long) null).add("SENT").add(c.advisorId()).add(1L).endRow();
		}
	}

	/** Makes every conversation visible, the ids' sequences past the ids given. */
	public void finish() throws SQLException {
		load.finish(jdbc, "email_thread", "email_message");
	}

	@Override
	public void close() throws SQLException {
		load.close();
	}

	private String domain() {
		return mailbox.substring(mailbox.indexOf('@') + 1);
	}
}
