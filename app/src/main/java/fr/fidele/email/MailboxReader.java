package fr.fidele.email;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the new messages of every mailbox over IMAP, in batches. A batch is one transaction with the mailbox's row
 * locked ({@code for update skip locked}: another instance reading it now is left alone) and its reading position
 * moved in the same commit as the messages kept: a crash before the commit reads the batch again, and the messages'
 * unique ids keep each of them once. The folder is opened read-only: Fidèle marks nothing on the customer's server.
 */
@Component
public class MailboxReader implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
	private static final int TIMEOUT_MS = 30_000;

	private final Mailboxes mailboxes;
	private final EmailIntake intake;
	private final TransactionTemplate transaction;
	private final EmailProperties settings;
	private final Clock clock;

	MailboxReader(Mailboxes mailboxes, EmailIntake intake, TransactionTemplate transaction, EmailProperties settings, Clock clock) {
		this.mailboxes = mailboxes;
		this.intake = intake;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::readAll, settings.pollInterval());
	}

	void readAll() {
		for (long mailbox : mailboxes.enabled()) {
			try {
				read(mailbox);
			}
			catch (RuntimeException failure) {
				// one mailbox's trouble (a message the database refused) must not keep the others unread
				log.error("Mailbox {} could not be read this round", mailbox, failure);
			}
		}
	}

	/** Reads the mailbox until no new message is left; returns how many messages were kept (not those kept before). */
	public int read(long mailboxId) {
		int kept = 0;
		while (true) {
			Batch batch;
			try {
				batch = transaction.execute(status -> readBatch(mailboxId));
			}
			catch (MailboxUnreachable failure) {
				log.warn("Mailbox {} could not be read: {}", mailboxId, failure.getMessage());
				mailboxes.failed(mailboxId, failure.getMessage(), Timestamp.from(clock.instant()));
				return kept;
			}
			kept += batch.kept();
			if (!batch.more()) {
				return kept;
			}
		}
	}

	/** What one batch did: the messages kept, and whether more wait on the server. */
	private record Batch(int kept, boolean more) {
	}

	private Batch readBatch(long mailboxId) {
		Mailbox box = mailboxes.claim(mailboxId).orElse(null);
		if (box == null) {
			return new Batch(0, false);
		}
		try (Store store = session(box).getStore(box.imapTls() ? "imaps" : "imap")) {
			store.connect(box.imapHost(), box.imapPort(), box.username(), mailboxes.password(box.id()));
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				return readNew(box, inbox);
			}
			finally {
				inbox.close(false);
			}
		}
		catch (MessagingException | IOException failure) {
			throw new MailboxUnreachable(failure);
		}
	}

	private Batch readNew(Mailbox box, Folder inbox) throws MessagingException, IOException {
		UIDFolder uids = (UIDFolder) inbox;
		long validity = uids.getUIDValidity();
		// a new UIDVALIDITY renumbers the folder: read it all again, the messages' ids keep each once
		long after = box.uidValidity() != null && box.uidValidity() == validity ? box.lastUid() : 0;
		Message[] found = uids.getMessagesByUID(after + 1, UIDFolder.LASTUID);
		FetchProfile uidsOnly = new FetchProfile();
		uidsOnly.add(UIDFolder.FetchProfileItem.UID);
		inbox.fetch(found, uidsOnly);
		// "n:*" always answers the last message, even one below n: those are left out
		List<Message> fresh = Arrays.stream(found)
			.filter(message -> uid(uids, message) > after).sorted(Comparator.comparingLong(message -> uid(uids, message))).toList();
		List<Message> batch = fresh.subList(0, Math.min(fresh.size(), settings.batch()));
		Instant now = clock.instant();
		int kept = 0;
		long last = after;
		for (Message message : batch) {
			long uid = uids.getUID(message);
			// the source is read from the server once (a failure there is the server's: the batch is tried again later)
			IncomingMail mail = MimeReading.fromSource(MimeReading.raw((MimeMessage) message), settings.attachmentLimit().toBytes());
			kept += intake.receive(box, validity, uid, mail, now).isPresent() ? 1 : 0;
			last = uid;
		}
		mailboxes.readUpTo(box.id(), validity, last, Timestamp.from(now));
		return new Batch(kept, fresh.size() > batch.size());
	}

	private static long uid(UIDFolder uids, Message message) {
		try {
			return uids.getUID(message);
		}
		catch (MessagingException e) {
			throw new MailboxUnreachable(e);
		}
	}

	private static Session session(Mailbox box) {
		return session(box, TIMEOUT_MS);
	}

	/** A session to the mailbox's IMAP server, its answers awaited {@code readTimeoutMs} at most. */
	static Session session(Mailbox box, int readTimeoutMs) {
		String protocol = box.imapTls() ? "imaps" : "imap";
		Properties properties = new Properties();
		properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
		properties.put("mail." + protocol + ".timeout", readTimeoutMs);
		properties.put("mail." + protocol + ".ssl.checkserveridentity", true);
		return Session.getInstance(properties);
	}

	/** The server could not be reached, refused the password, or broke off: the batch is rolled back and tried later. */
	static final class MailboxUnreachable extends RuntimeException {
		private static final long serialVersionUID = 1L;

		MailboxUnreachable(Exception cause) {
			super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
		}
	}
}
