package fr.fidele.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The messaging conversations' messages, read by contact (the workspace), by case (the case file) or by customer (an export). */
@Service
public class MessagingMessages {

	private static final String SELECT = """
			select m.id, m.thread_id, m.direction, case when m.direction = 'INBOUND' then coalesce(t.author_name, t.author_id) else m.author_name end,
			       m.body, m.received_at, m.contact_id, m.send_state, m.send_error
			from messaging_message m join messaging_thread t on t.id = m.thread_id""";

	/** A file's bytes as kept. */
	public record StoredFile(String filename, byte[] content) {
	}

	private final JdbcClient jdbc;

	MessagingMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The conversation a contact's message belongs to, oldest first. */
	public List<MessagingMessage> conversationOf(long contactId) {
		return read(" where m.thread_id = (select thread_id from messaging_message where contact_id = ? limit 1)", contactId);
	}

	/** The messages of the conversations whose contacts are on this case, oldest first. */
	public List<MessagingMessage> ofContacts(List<Long> contactIds) {
		return read(" where m.thread_id in (select thread_id from messaging_message where contact_id = any(?))", (Object) contactIds.toArray(Long[]::new));
	}

	/** Every message of the customer's conversations, oldest first: part of what an export gives them. */
	public List<MessagingMessage> ofCustomer(long customerId) {
		return read(" where t.customer_id = ?", customerId);
	}

	/** A file to download; empty when unknown or refused. */
	public Optional<StoredFile> attachment(long id) {
		return jdbc.sql("select filename, content from messaging_attachment where id = ? and content is not null").param(id)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getBytes(2))).optional();
	}

	private List<MessagingMessage> read(String where, Object parameter) {
		List<MessagingMessage> messages = jdbc.sql(SELECT + where + " order by m.received_at, m.id").param(parameter)
			.query(MessagingMessages::map).list();
		if (messages.isEmpty()) {
			return messages;
		}
		Map<Long, List<MessagingMessage.File>> files = jdbc.sql("""
				select message_id, id, filename, size, refused is not null from messaging_attachment where message_id = any(?) order by id""")
			.param(messages.stream().map(MessagingMessage::id).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), new MessagingMessage.File(rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5))))
			.list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return messages.stream().map(m -> new MessagingMessage(m.id(), m.threadId(), m.direction(), m.author(), m.body(), m.receivedAt(),
				m.contactId(), m.sendState(), m.sendError(), files.getOrDefault(m.id(), List.of()))).toList();
	}

	private static MessagingMessage map(ResultSet rs, int row) throws SQLException {
		return new MessagingMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getTimestamp(6).toInstant(), (Long) rs.getObject(7), rs.getString(8), rs.getString(9), List.of());
	}
}
