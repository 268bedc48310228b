package fr.fidele.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.contacts.LiveContacts;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import fr.fidele.platform.web.ClientRateLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of conversations, both ways, numbered in each; the other side is told at commit (a PostgreSQL
 * notification every instance hears). A message the widget sends again after a lost answer is kept once, by its id.
 */
@Service
public class ChatMessages {

	/** Who wrote a message. */
	public enum Author {
		CUSTOMER, ADVISOR, SYSTEM
	}

	private static final int LONGEST_CLIENT_ID = 64;
	private static final String SELECT = "select id, conversation_id, seq, author, author_name, client_id, body, sent_at, file_id from chat_message";

	private final JdbcClient jdbc;
	private final ChatNotifications notifications;
	private final LiveContacts contacts;
	private final ChatProperties settings;
	private final ClientRateLimit customerMessages;
	private final Clock clock;

	ChatMessages(JdbcClient jdbc, ChatNotifications notifications, LiveContacts contacts, ChatProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.contacts = contacts;
		this.settings = settings;
		this.clock = clock;
		this.customerMessages = new ClientRateLimit(settings.messagesPerConversation(), settings.window());
	}

	/** A message's text: required, at most {@code fidele.chat.longest-message} characters. */
	void checkText(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException("text", "required");
		}
		if (text.length() > settings.longestMessage()) {
			throw new InvalidFieldException("text", "tooLong", settings.longestMessage());
		}
	}

	/** The customer writes in their conversation (open, within its limit). */
	@Transactional
	public ChatMessage fromCustomer(ChatConversation conversation, String clientId, String text) {
		customerMessages.require("conversation/" + conversation.id());
		return post(conversation.id(), Author.CUSTOMER, null, conversation.visitorName(), clientId, text);
	}

	/** The advisor holding the conversation's item answers; their first answer is the contact's first response. */
	@Transactional
	public ChatMessage fromAdvisor(ChatConversation conversation, long advisorId, String advisorName, String text) {
		ChatMessage message = post(conversation.id(), Author.ADVISOR, advisorId, advisorName, null, text);
		contacts.responded(conversation.contactId(), message.sentAt());
		return message;
	}

	@Transactional
	ChatMessage post(long conversationId, Author author, Long advisorId, String authorName, String clientId, String text) {
		return post(conversationId, author, advisorId, authorName, clientId, text, null);
	}

	/** A message, carrying the file {@code fileId} when not null. */
	@Transactional
	ChatMessage post(long conversationId, Author author, Long advisorId, String authorName, String clientId, String text, Long fileId) {
		if (author != Author.SYSTEM) {
			checkText(text);
		}
		if (clientId != null && clientId.length() > LONGEST_CLIENT_ID) {
			throw new InvalidFieldException("clientId", "tooLong", LONGEST_CLIENT_ID);
		}
		// the conversation's row is the lock that numbers its messages one after the other
		String state = jdbc.sql("select state from chat_conversation where id = ? for update").param(conversationId).query(String.class).single();
		if (!"OPEN".equals(state) && author != Author.SYSTEM) {
			throw new ConflictException("chatEnded");
		}
		if (clientId != null) {
			List<ChatMessage> sent = jdbc.sql(SELECT + " where conversation_id = ? and client_id = ?").params(conversationId, clientId)
				.query(ChatMessages::map).list();
			if (!sent.isEmpty()) {
				return sent.get(0);
			}
		}
		Instant now = clock.instant();
		ChatMessage message = jdbc.sql("""
				insert into chat_message (conversation_id, seq, author, advisor_id, author_name, client_id, body, sent_at, file_id)
				values (?, (select coalesce(max(seq), 0) + 1 from chat_message where conversation_id = ?), ?, ?, ?, ?, ?, ?, ?)
				returning id, conversation_id, seq, author, author_name, client_id, body, sent_at, file_id""")
			.params(conversationId, conversationId, author.name(), advisorId, authorName, clientId, StorableText.of(text), Timestamp.from(now),
					fileId)
			.query(ChatMessages::map).single();
		notifications.changed(conversationId);
		return message;
	}

	/** The messages after number {@code seq}, in order: what a side that reconnects has not seen. */
	public List<ChatMessage> after(long conversationId, int seq) {
		return jdbc.sql(SELECT + " where conversation_id = ? and seq > ? order by seq").params(conversationId, seq).query(ChatMessages::map).list();
	}

	/**
	 * Where a conversation stands for a side that has every message up to {@code seq}.
	 *
	 * @param messages the messages after {@code seq}, in order
	 */
	public record Since(String state, String endedBy, int customerSeen, int advisorSeen, List<ChatMessage> messages) {
	}

	/** The messages after number {@code seq} and the conversation's marks, in one statement: every open stream asks it every few seconds. */
	public Since since(long conversationId, int seq) {
		return jdbc.sql("""
				select c.state, c.ended_by, c.customer_seen, c.advisor_seen,
				    m.id, m.conversation_id, m.seq, m.author, m.author_name, m.client_id, m.body, m.sent_at, m.file_id
				from chat_conversation c left join chat_message m on m.conversation_id = c.id and m.seq > ?
				where c.id = ? order by m.seq""").params(seq, conversationId).query(rs -> {
					if (!rs.next()) {
						throw new NotFoundException("chat conversation", conversationId);
					}
					Since since = new Since(rs.getString("state"), rs.getString("ended_by"), rs.getInt("customer_seen"), rs.getInt("advisor_seen"),
							new ArrayList<>());
					do {
						if (rs.getObject("id") != null) {
							since.messages().add(map(rs, rs.getRow()));
						}
					}
					while (rs.next());
					return since;
				});
	}

	/** The chats among these contacts, each with its messages in order: the transcripts a case file shows. */
	public List<ChatMessage> ofContacts(List<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where conversation_id in (select id from chat_conversation where contact_id = any(?)) order by sent_at, conversation_id, seq")
			.param(contactIds.toArray(Long[]::new)).query(ChatMessages::map).list();
	}

	/** Every chat message of the customer's conversations, both ways, in order: their export. */
	public List<ChatMessage> ofCustomer(long customerId) {
		return jdbc.sql(SELECT + " where conversation_id in (select id from chat_conversation where customer_id = ?) order by conversation_id, seq")
			.param(customerId).query(ChatMessages::map).list();
	}

	/** A side showed the messages up to number {@code seq}: the other side sees them read. */
	@Transactional
	public void seen(long conversationId, Author side, int seq) {
		String column = side == Author.CUSTOMER ? "customer_seen" : "advisor_seen";
		int changed = jdbc.sql("update chat_conversation set " + column + " = ? where id = ? and " + column + " < ?")
			.params(seq, conversationId, seq).update();
		if (changed > 0) {
			notifications.changed(conversationId);
		}
	}

	static ChatMessage map(ResultSet rs, int row) throws SQLException {
		return new ChatMessage(rs.getLong("id"), rs.getLong("conversation_id"), rs.getInt("seq"), rs.getString("author"),
				rs.getString("author_name"), rs.getString("client_id"), rs.getString("body"), rs.getTimestamp("sent_at").toInstant(),
				(Long) rs.getObject("file_id"));
	}
}
