package fr.fidele.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.fidele.contacts.LiveContacts;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisor answers a message received: the reply goes to its sender from the mailbox it came to, answers it
 * ({@code In-Reply-To}, {@code References}) so that the customer's software threads it, names the case in its subject
 * ({@code [#C-12345]}) so that an answer without those headers still finds it, and ends with the advisor's name. It is
 * kept at once and sent by {@link EmailSender}: an SMTP server down delays it, never loses it.
 */
@Service
public class EmailReplies {

	static final int LONGEST = 20_000;

	private final JdbcClient jdbc;
	private final LiveContacts contacts;
	private final Clock clock;

	EmailReplies(JdbcClient jdbc, LiveContacts contacts, Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** The message a contact received by e-mail, which its advisor answers. */
	private record Answered(long mailboxId, String mailbox, long threadId, Long caseId, String messageId, List<String> references,
			String sender, String subject) {
	}

	/** Replies to the message that made contact {@code contactId}; returns the reply's id. */
	@Transactional
	public long reply(long contactId, long authorId, String authorName, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException("text", "required");
		}
		if (text.length() > LONGEST) {
			throw new InvalidFieldException("text", "tooLong", LONGEST);
		}
		Answered answered = jdbc.sql("""
				select b.id, b.address, t.id, t.case_id, m.message_id, m.refs, m.sender, m.subject
				from email_message m join email_thread t on t.id = m.thread_id join mailbox b on b.id = m.mailbox_id
				where m.contact_id = ? and m.direction = 'INBOUND'""")
			.param(contactId)
			.query((rs, n) -> new Answered(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4), rs.getString(5),
					List.of((String[]) rs.getArray(6).getArray()), rs.getString(7), rs.getString(8)))
			.optional().orElseThrow(() -> new NotFoundException("e-mail of contact", contactId));
		List<String> references = new ArrayList<>(answered.references());
		references.add(answered.messageId());
		Instant now = clock.instant();
		// kept now, sent within seconds: the customer's wait ends with the advisor's answer, not with the SMTP server's
		contacts.responded(contactId, now);
		return jdbc.sql("""
				insert into email_message (mailbox_id, thread_id, direction, message_id, in_reply_to, refs, sender, recipients, subject,
				                           received_at, text_body, send_state, next_attempt_at, author_id)
				values (?, ?, 'OUTBOUND', ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
			.params(answered.mailboxId(), answered.threadId(), newMessageId(answered.mailbox()), answered.messageId(),
					references.toArray(String[]::new), answered.mailbox(), answered.sender(), subject(answered.subject(), answered.caseId()),
					Timestamp.from(now), text.strip() + "\n\n-- \n" + authorName + "\n" + answered.mailbox(), Timestamp.from(now), authorId)
			.query(Long.class).single();
	}

	/** "Re: " once, and the case's reference once. */
	static String subject(String original, Long caseId) {
		String subject = original == null ? "" : original.strip();
		while (subject.regionMatches(true, 0, "Re:", 0, 3)) {
			subject = subject.substring(3).strip();
		}
		subject = "Re: " + subject;
		return caseId == null || EmailThreads.CASE_REFERENCE.matcher(subject).find() ? subject : subject + " [#C-" + caseId + "]";
	}

	private static String newMessageId(String mailbox) {
		return "<" + UUID.randomUUID() + mailbox.substring(mailbox.indexOf('@')) + ">";
	}
}
