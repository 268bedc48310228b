package fr.fidele.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import fr.fidele.contacts.LiveContacts;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisor answers a customer's message in its conversation. The reply is kept at once and delivered to the
 * provider by {@link MessagingSender}: a provider down delays it, never loses it; once delivered, the customer's next
 * message is a new contact.
 */
@Service
public class MessagingReplies {

	static final int LONGEST = 4_000;

	private final JdbcClient jdbc;
	private final LiveContacts contacts;
	private final Clock clock;

	MessagingReplies(JdbcClient jdbc, LiveContacts contacts, Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** Replies in the conversation of contact {@code contactId}; returns the reply's id. */
	@Transactional
	public long reply(long contactId, long authorId, String authorName, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException("text", "required");
		}
		if (text.strip().length() > LONGEST) {
			throw new InvalidFieldException("text", "tooLong", LONGEST);
		}
		Instant at = clock.instant();
		Timestamp now = Timestamp.from(at);
		long reply = jdbc.sql("""
				insert into messaging_message (channel_id, thread_id, direction, body, received_at, author_id, author_name, send_state, next_attempt_at)
				select channel_id, thread_id, 'OUTBOUND', ?, ?, ?, ?, 'PENDING', ? from messaging_message
				where contact_id = ? and direction = 'INBOUND' order by id desc limit 1
				returning id""")
			.params(text.strip(), now, authorId, authorName, now, contactId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("message of contact", contactId));
		contacts.responded(contactId, at);
		return reply;
	}
}
