package fr.fidele.email;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.routing.Arrival;
import fr.fidele.routing.Arrivals;
import fr.fidele.routing.Enqueued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a message received, once, in its conversation, and makes it a contact on its channel (EMAIL, WEB_FORM) in the mailbox's
 * queue, continuing the conversation's case; automatic replies, bounces, mailing lists and a sender writing too often
 * are kept and open nothing. Runs in the fetch's transaction, with the mailbox's reading position.
 */
@Component
class EmailIntake {

	private static final Duration SENDER_WINDOW = Duration.ofHours(1);
	/** A case's subject is at most this long (contacts' rule). */
	private static final int LONGEST_SUBJECT = 300;

	private final JdbcClient jdbc;
	private final EmailThreads threads;
	private final Arrivals arrivals;
	private final ContactManagement cases;
	private final EmailProperties settings;

	EmailIntake(JdbcClient jdbc, EmailThreads threads, Arrivals arrivals, ContactManagement cases, EmailProperties settings) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.arrivals = arrivals;
		this.cases = cases;
		this.settings = settings;
	}

	/** The id of the message kept, or empty when it already was (fetched again after a crash, or by another instance). */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> receive(Mailbox box, long uidValidity, long uid, IncomingMail mail, Instant now) {
		return keep(box, uidValidity, uid, Channel.EMAIL, mail, now);
	}

	/** A message written on the company's contact form: no place in a folder, a contact on the WEB_FORM channel. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> receiveFromForm(Mailbox box, IncomingMail mail, Instant now) {
		return keep(box, null, null, Channel.WEB_FORM, mail, now);
	}

	private Optional<Long> keep(Mailbox box, Long uidValidity, Long uid, Channel channel, IncomingMail mail, Instant now) {
		Optional<Long> kept = jdbc.sql("""
				insert into email_message (mailbox_id, direction, message_id, uid_validity, uid, in_reply_to, refs, sender, recipients,
				                           subject, sent_at, received_at, text_body, html_body)
				values (?, 'INBOUND', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing returning id""")
			.params(box.id(), mail.messageId(), uidValidity, uid, mail.inReplyTo(), mail.references().toArray(String[]::new), mail.sender(),
					mail.recipients(), mail.subject(), mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()), Timestamp.from(now),
					mail.text(), mail.html())
			.query(Long.class).optional();
		kept.ifPresent(id -> {
			mail.attachments().forEach(file -> attach(id, file));
			thread(box, id, channel, mail, now);
			if (mail.undelivered() != null) {
				undeliverable(box, id, mail.undelivered(), now);
			}
		});
		return kept;
	}

	/** The address a bounce reports: marked, so that whoever answers that customer next is told. */
	private void undeliverable(Mailbox box, long messageId, String address, Instant now) {
		jdbc.sql("""
				insert into email_bounce (mailbox_id, address, bounced_at, message_id) values (?, ?, ?, ?)
				on conflict (mailbox_id, address) do update set bounced_at = excluded.bounced_at, message_id = excluded.message_id""")
			.params(box.id(), address, Timestamp.from(now), messageId).update();
	}

	private void attach(long messageId, Attachment file) {
		jdbc.sql("insert into email_attachment (message_id, filename, content_type, size, content, refused) values (?, ?, ?, ?, ?, ?)")
			.params(messageId, file.filename(), file.contentType(), file.size(), file.content(), file.content() == null ? "TOO_LARGE" : null)
			.update();
	}

	private void thread(Mailbox box, long messageId, Channel channel, IncomingMail mail, Instant now) {
		EmailThreads.Thread thread = threads.of(box, mail, now);
		IgnoredBecause ignored = mail.ignored() != null ? mail.ignored() : tooOften(box, mail.sender(), now) ? IgnoredBecause.RATE_LIMIT : null;
		Long contactId = ignored == null ? routed(box, messageId, channel, mail, thread, now) : null;
		// one update for the message's place: its conversation, and why it opens nothing or the contact it opened
		jdbc.sql("update email_message set thread_id = ?, ignored = ?, contact_id = ? where id = ?")
			.params(thread.id(), ignored == null ? null : ignored.name(), contactId, messageId).update();
	}

	/** Makes the message a contact in the mailbox's queue, continuing (or opening) its case; the contact's id. */
	private long routed(Mailbox box, long messageId, Channel channel, IncomingMail mail, EmailThreads.Thread thread, Instant now) {
		Long caseId = thread.caseId();
		if (caseId == null && thread.customerId() != null) {
			// a known customer's conversation is a case from its first message, named by its subject
			String why = channel == Channel.EMAIL ? "e-mail received" : "contact form received";
			caseId = cases.openCase(thread.customerId(), null, caseSubject(mail.subject()), null, why).id();
			threads.caseFound(thread.id(), caseId);
		}
		Enqueued enqueued = arrivals.enqueue(new Arrival(channel, Direction.INBOUND, thread.customerId(), null, null, box.queue(), null,
				"email:" + messageId, now, caseId));
		return enqueued.contactId();
	}

	static String caseSubject(String subject) {
		String named = subject == null || subject.isBlank() ? "(courriel sans objet)" : subject.strip();
		return named.length() <= LONGEST_SUBJECT ? named : named.substring(0, LONGEST_SUBJECT);
	}

	/** Whether the sender already opened {@code fidele.email.sender-limit} contacts in the last hour (a loop). */
	private boolean tooOften(Mailbox box, String sender, Instant now) {
		int recent = jdbc.sql("""
				select count(*) from email_message
				where mailbox_id = ? and lower(sender) = lower(?) and received_at > ? and contact_id is not null""")
			.params(box.id(), sender, Timestamp.from(now.minus(SENDER_WINDOW))).query(Integer.class).single();
		return recent >= settings.senderLimit();
	}
}
