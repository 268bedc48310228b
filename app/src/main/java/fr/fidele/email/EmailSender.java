package fr.fidele.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import fr.fidele.platform.RetryWaits;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the replies waiting, each through its mailbox's SMTP server. A refusal or a server out of reach is retried
 * after 30 s, then a wait that doubles up to an hour; after {@value #ATTEMPTS} attempts the reply is marked FAILED
 * with the server's answer, which the case file shows. Due replies are locked ({@code skip locked}) so that several
 * instances share them and none is sent twice.
 */
@Component
class EmailSender implements SchedulingConfigurer {

	static final int ATTEMPTS = 8;
	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
	private static final Duration LONGEST_WAIT = Duration.ofHours(1);
	private static final int TIMEOUT_MS = 30_000;

	private record Pending(long id, long mailboxId, String messageId, String inReplyTo, String[] references, String sender,
			String recipients, String subject, String text, int attempts) {
	}

	private final JdbcClient jdbc;
	private final Mailboxes mailboxes;
	private final TransactionTemplate transaction;
	private final EmailProperties settings;
	private final Clock clock;

	EmailSender(JdbcClient jdbc, Mailboxes mailboxes, TransactionTemplate transaction, EmailProperties settings, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.mailboxes = mailboxes;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::sendDue, settings.sendInterval());
	}

	void sendDue() {
		transaction.executeWithoutResult(status -> due().forEach(this::send));
	}

	private List<Pending> due() {
		return jdbc.sql("""
				select id, mailbox_id, message_id, in_reply_to, refs, sender, recipients, subject, text_body, attempts from email_message
				where send_state = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit 20 for update skip locked""")
			.param(Timestamp.from(clock.instant()))
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), (String[]) rs.getArray(5).getArray(),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10)))
			.list();
	}

	private void send(Pending reply) {
		Instant now = clock.instant();
		try {
			Mailbox box = mailboxes.find(reply.mailboxId());
			Session session = session(box);
			MimeMessage message = new MimeMessage(session) {
				@Override
				protected void updateMessageID() throws MessagingException {
					// the id given when the reply was written: the customer's answer will name it
					setHeader("Message-ID", reply.messageId());
				}
			};
			message.setFrom(new InternetAddress(reply.sender()));
			message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(reply.recipients()));
			message.setSubject(reply.subject(), "UTF-8");
			message.setHeader("In-Reply-To", reply.inReplyTo());
			message.setHeader("References", String.join(" ", reply.references()));
			message.setHeader("Auto-Submitted", "no");
			message.setSentDate(Date.from(now));
			message.setText(reply.text(), "UTF-8");
			try (Transport transport = session.getTransport(box.smtpTls() ? "smtps" : "smtp")) {
				transport.connect(box.smtpHost(), box.smtpPort(), box.username(), mailboxes.password(box.id()));
				message.saveChanges();
				transport.sendMessage(message, message.getAllRecipients());
			}
			jdbc.sql("update email_message set send_state = 'SENT', sent_at = ?, attempts = attempts + 1, send_error = null where id = ?")
				.params(Timestamp.from(now), reply.id()).update();
		}
		catch (MessagingException | RuntimeException refused) {
			failed(reply, now, refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage());
		}
	}

	private void failed(Pending reply, Instant now, String error) {
		int attempts = reply.attempts() + 1;
		boolean givenUp = attempts >= ATTEMPTS;
		jdbc.sql("update email_message set send_state = ?, attempts = ?, next_attempt_at = ?, send_error = ? where id = ?")
			.params(givenUp ? "FAILED" : "PENDING", attempts, Timestamp.from(now.plus(RetryWaits.after(attempts, FIRST_RETRY, LONGEST_WAIT))),
					error, reply.id())
			.update();
		log.warn("Reply {} not sent (attempt {}{}): {}", reply.id(), attempts, givenUp ? ", given up" : "", error);
	}

	private static Session session(Mailbox box) {
		String protocol = box.smtpTls() ? "smtps" : "smtp";
		Properties properties = new Properties();
		properties.put("mail." + protocol + ".auth", true);
		properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
		properties.put("mail." + protocol + ".timeout", TIMEOUT_MS);
		properties.put("mail." + protocol + ".ssl.checkserveridentity", true);
		return Session.getInstance(properties);
	}
}
