package fr.fidele.email;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import fr.fidele.email.UnreadMessages.Unread;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the new messages of every mailbox over IMAP: listed once on one connection, then fetched whole batch by batch
 * (one command each, not one per message). A batch is one transaction with the mailbox's row
 * locked ({@code for update skip locked}: another instance reading it now is left alone) and its reading position
 * moved in the same commit as the messages kept: a crash before the commit reads the batch again, and the messages'
 * unique ids keep each of them once. The folder is opened read-only: Fidèle marks nothing on the customer's server.
 */
@Component
public class MailboxReader implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
	private static final int TIMEOUT_MS = 30_000;
	/** A batch's messages are fetched in one command: this bounds the memory they take (one larger message goes alone). */
	private static final long BATCH_BYTES = 32L * 1024 * 1024;

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
		Mailbox box = mailboxes.find(mailboxId);
		try (Store store = connected(box, TIMEOUT_MS)) {
			return read(mailboxId, store);
		}
		catch (MessagingException failure) {
			unreachable(mailboxId, failure);
			return 0;
		}
	}

	/**
	 * Reads the new messages on a connection already open (the watch's, between two waits, or the poll's), listing
	 * them once and then keeping them batch by batch; returns how many were kept.
	 */
	int read(long mailboxId, Store store) {
		int kept = 0;
		try {
			UnreadMessages unread = unread(mailboxes.find(mailboxId), store);
			for (List<Unread> messages : unread.batches(settings.batch(), BATCH_BYTES)) {
				Batch batch = transaction.execute(status -> readBatch(mailboxId, store, unread.validity(), messages));
				kept += batch.kept();
				if (!batch.goOn()) {
					break;
				}
			}
		}
		catch (MessagingException | MailboxUnreachable failure) {
			unreachable(mailboxId, failure);
		}
		return kept;
	}

	private void unreachable(long mailboxId, Exception failure) {
		log.warn("Mailbox {} could not be read: {}", mailboxId, failure.getMessage());
		mailboxes.failed(mailboxId, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage(),
				Timestamp.from(clock.instant()));
	}

	/** What one batch did: the messages kept, and whether the read goes on with the next batch. */
	private record Batch(int kept, boolean goOn) {
	}

	private UnreadMessages unread(Mailbox box, Store store) throws MessagingException {
		IMAPFolder inbox = opened(store);
		try {
			long validity = inbox.getUIDValidity();
			// a new UIDVALIDITY renumbers the folder: read it all again, the messages' ids keep each once
			long after = box.uidValidity() != null && box.uidValidity() == validity ? box.lastUid() : 0;
			Message[] found = inbox.getMessagesByUID(after + 1, UIDFolder.LASTUID);
			FetchProfile uidsAndSizes = new FetchProfile();
			uidsAndSizes.add(UIDFolder.FetchProfileItem.UID);
			uidsAndSizes.add(FetchProfile.Item.SIZE);
			inbox.fetch(found, uidsAndSizes);
			List<Unread> unread = new ArrayList<>();
			for (Message message : found) {
				long uid = inbox.getUID(message);
				// "n:*" always answers the last message, even one below n: it is left out
				if (uid > after) {
					unread.add(new Unread(uid, Math.max(message.getSize(), 0)));
				}
			}
			unread.sort(Comparator.comparingLong(Unread::uid));
			return new UnreadMessages(validity, unread);
		}
		finally {
			inbox.close(false);
		}
	}

	/**
	 * One batch, in one transaction with the mailbox's row locked: the messages fetched whole in one command, kept, and
	 * the reading position moved past them. Another instance reading the mailbox now, or one that read these messages
	 * since they were listed, makes the batch stop or skip them.
	 */
	private Batch readBatch(long mailboxId, Store store, long validity, List<Unread> listed) {
		Mailbox box = mailboxes.claim(mailboxId).orElse(null);
		if (box == null) {
			return new Batch(0, false);
		}
		long after = box.uidValidity() != null && box.uidValidity() == validity ? box.lastUid() : 0;
		long[] uids = listed.stream().mapToLong(Unread::uid).filter(uid -> uid > after).toArray();
		if (uids.length == 0) {
			return new Batch(0, true);
		}
		try {
			IMAPFolder inbox = opened(store);
			try {
				if (inbox.getUIDValidity() != validity) {
					// renumbered since the listing: the next read lists it again
					return new Batch(0, false);
				}
				return new Batch(keep(box, inbox, validity, uids), true);
			}
			finally {
				// closing the folder lets its messages, their sources loaded, go
				inbox.close(false);
			}
		}
		catch (MessagingException | IOException failure) {
			throw new MailboxUnreachable(failure);
		}
	}

	private int keep(Mailbox box, IMAPFolder inbox, long validity, long[] uids) throws MessagingException, IOException {
		Message[] messages = inbox.getMessagesByUID(uids);
		FetchProfile whole = new FetchProfile();
		whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
		inbox.fetch(Arrays.stream(messages).filter(Objects::nonNull).toArray(Message[]::new), whole);
		Instant now = clock.instant();
		int kept = 0;
		for (int i = 0; i < uids.length; i++) {
			// a message deleted since the listing is gone: nothing to keep
			if (messages[i] != null) {
				IncomingMail mail = MimeReading.fromSource(MimeReading.raw((MimeMessage) messages[i]), settings.attachmentLimit().toBytes());
				kept += intake.receive(box, validity, uids[i], mail, now).isPresent() ? 1 : 0;
			}
		}
		mailboxes.readUpTo(box.id(), validity, uids[uids.length - 1], Timestamp.from(now));
		return kept;
	}

	private static IMAPFolder opened(Store store) throws MessagingException {
		IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
		inbox.open(Folder.READ_ONLY);
		return inbox;
	}

	/** A connection to the mailbox's IMAP server, its answers awaited {@code readTimeoutMs} at most. */
	Store connected(Mailbox box, int readTimeoutMs) throws MessagingException {
		Store store = session(box, readTimeoutMs).getStore(box.imapTls() ? "imaps" : "imap");
		store.connect(box.imapHost(), box.imapPort(), box.username(), mailboxes.password(box.id()));
		return store;
	}

	private static Session session(Mailbox box, int readTimeoutMs) {
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
