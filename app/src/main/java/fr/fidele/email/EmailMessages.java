package fr.fidele.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The messages kept, with their attachments, read by case, by conversation or by customer. */
@Service
public class EmailMessages {

	private static final String SELECT = """
			select m.id, m.thread_id, m.direction, m.sender, m.recipients, m.subject, m.received_at, m.text_body, m.html_body, m.ignored,
			       m.contact_id, m.send_state, m.send_error
			from email_message m join email_thread t on t.id = m.thread_id""";

	/** An attachment's bytes as kept. */
	public record StoredFile(String filename, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	EmailMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The messages of every conversation of the case, oldest first. */
	public List<EmailMessage> ofCase(long caseId) {
		return withAttachments(jdbc.sql(SELECT + " where t.case_id = ? order by m.received_at, m.id").param(caseId).query(EmailMessages::map).list());
	}

	/** The conversation a contact's message belongs to, oldest first: what the advisor reads before answering. */
	public List<EmailMessage> conversationOf(long contactId) {
		String sameThread = " where m.thread_id = (select thread_id from email_message where contact_id = ? limit 1)";
		return withAttachments(jdbc.sql(SELECT + sameThread + " order by m.received_at, m.id").param(contactId).query(EmailMessages::map).list());
	}

	/** An address a bounce reported undeliverable, and when. */
	public record Undeliverable(String address, Instant bouncedAt) {
	}

	/** The addresses of this contact's conversation that mail could not reach, as bounces reported them. */
	public List<Undeliverable> undeliverableIn(long contactId) {
		return jdbc.sql("""
				select b.address, b.bounced_at from email_bounce b
				where (b.mailbox_id, b.address) in (select m.mailbox_id, lower(m.sender) from email_message m
				  where m.thread_id = (select thread_id from email_message where contact_id = ? limit 1) and m.direction = 'INBOUND')
				order by b.address""")
			.param(contactId).query((rs, n) -> new Undeliverable(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
	}

	/** Every message of the customer's conversations, oldest first: part of what an export gives them. */
	public List<EmailMessage> ofCustomer(long customerId) {
		return withAttachments(jdbc.sql(SELECT + " where t.customer_id = ? order by m.received_at, m.id").param(customerId)
			.query(EmailMessages::map).list());
	}

	/** A file attached to a message, to download; empty when unknown or refused. */
	public Optional<StoredFile> attachment(long id) {
		return jdbc.sql("select filename, content_type, content from email_attachment where id = ? and content is not null").param(id)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	private List<EmailMessage> withAttachments(List<EmailMessage> messages) {
		if (messages.isEmpty()) {
			return messages;
		}
		Map<Long, List<EmailAttachment>> files = jdbc.sql("""
				select id, message_id, filename, content_type, size, refused is not null from email_attachment
				where message_id = any(?) order by id""")
			.param(messages.stream().map(EmailMessage::id).toArray(Long[]::new))
			.query((rs, n) -> new EmailAttachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getBoolean(6)))
			.list().stream().collect(Collectors.groupingBy(EmailAttachment::messageId));
		return messages.stream().map(message -> message.withAttachments(files.getOrDefault(message.id(), List.of()))).toList();
	}

	private static EmailMessage map(ResultSet rs, int row) throws SQLException {
		return new EmailMessage(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("direction"), rs.getString("sender"),
				rs.getString("recipients"), rs.getString("subject"), rs.getTimestamp("received_at").toInstant(), rs.getString("text_body"),
				rs.getString("html_body"), rs.getString("ignored"), (Long) rs.getObject("contact_id"), rs.getString("send_state"),
				rs.getString("send_error"), List.of());
	}
}
