package fr.fidele.email;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads a message as it arrives: for each enabled mailbox whose server offers IMAP IDLE (RFC 2177), a thread keeps a
 * connection waiting for the server's word and has the {@link MailboxReader} read as soon as it comes. The poll goes
 * on beside it as the safety net (a server without IDLE, a connection lost); reading is the reader's, in its
 * transaction, so a message told twice is still kept once. The connection is renewed every
 * {@value #RENEW_MINUTES} minutes, under the 29 the RFC allows, and after a failure, waiting longer each time.
 */
@Component
class MailboxWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);
	private static final int RENEW_MINUTES = 25;
	private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);

	private final Mailboxes mailboxes;
	private final MailboxReader reader;
	private final EmailProperties settings;
	private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
	private ScheduledExecutorService refresher;
	private volatile boolean running;

	MailboxWatcher(Mailboxes mailboxes, MailboxReader reader, EmailProperties settings, MeterRegistry meters) {
		this.mailboxes = mailboxes;
		this.reader = reader;
		this.settings = settings;
		Gauge.builder("fidele.email.idle.mailboxes", watches, all -> all.values().stream().filter(watch -> watch.idling).count())
			.description("Mailboxes watched with IMAP IDLE now (the others are read at each poll)").register(meters);
	}

	/** Whether a connection is waiting for the server's word on this mailbox now. */
	boolean idling(long mailboxId) {
		Watch watch = watches.get(mailboxId);
		return watch != null && watch.idling;
	}

	@Override
	public void start() {
		if (!settings.idle()) {
			return;
		}
		running = true;
		refresher = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "mailbox-watch"));
		refresher.scheduleWithFixedDelay(this::refresh, 0, settings.idleRefresh().toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		running = false;
		if (refresher != null) {
			refresher.shutdownNow();
		}
		watches.values().forEach(Watch::end);
		watches.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Watches the enabled mailboxes, and stops watching the paused ones. */
	private void refresh() {
		try {
			Set<Long> enabled = new HashSet<>(mailboxes.enabled());
			watches.keySet().stream().filter(id -> !enabled.contains(id)).toList().forEach(id -> watches.remove(id).end());
			enabled.forEach(id -> watches.computeIfAbsent(id, this::watch));
		}
		catch (RuntimeException failure) {
			log.warn("Mailboxes to watch could not be listed: {}", failure.getMessage());
		}
	}

	private Watch watch(long mailboxId) {
		Watch watch = new Watch(mailboxId);
		watch.thread = daemon(watch::run, "mailbox-idle-" + mailboxId);
		watch.thread.start();
		return watch;
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	/** One mailbox's watch: its thread and the connection it waits on, closed from outside to end the wait. */
	private final class Watch {

		private final long mailboxId;
		private volatile Thread thread;
		private volatile Store store;
		private volatile boolean ended;
		private volatile boolean idling;

		Watch(long mailboxId) {
			this.mailboxId = mailboxId;
		}

		void run() {
			Duration backoff = Duration.ofSeconds(5);
			while (running && !ended) {
				try {
					if (!waitForMail()) {
						return;
					}
					backoff = Duration.ofSeconds(5);
				}
				catch (MessagingException | RuntimeException failure) {
					idling = false;
					log.debug("Mailbox {} watch broke off, polling meanwhile: {}", mailboxId, failure.getMessage());
					sleep(backoff);
					backoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff.multipliedBy(2);
				}
			}
		}

		/** One connection's life: false when the server has no IDLE (the poll is then enough). */
		private boolean waitForMail() throws MessagingException {
			Mailbox box = mailboxes.find(mailboxId);
			try (Store connected = reader.connected(box, (int) Duration.ofMinutes(RENEW_MINUTES).toMillis())) {
				store = connected;
				if (!((IMAPStore) connected).hasCapability("IDLE")) {
					log.info("Mailbox {}: its server offers no IMAP IDLE, it is read at each poll", box.address());
					return false;
				}
				IMAPFolder inbox = (IMAPFolder) connected.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				// what came while nobody was waiting is read first; reading on this store reuses its connections, so a
				// burst of messages costs no login per message
				reader.read(mailboxId, connected);
				while (running && !ended) {
					idling = true;
					inbox.idle(true);
					idling = false;
					reader.read(mailboxId, connected);
				}
				return true;
			}
			finally {
				idling = false;
				store = null;
			}
		}

		void end() {
			ended = true;
			Store open = store;
			if (open != null) {
				try {
					// a thread blocked in IDLE wakes up only when its connection closes
					open.close();
				}
				catch (MessagingException ignored) {
					log.debug("Mailbox {} watch closed with an error", mailboxId);
				}
			}
		}

		private void sleep(Duration wait) {
			try {
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				ended = true;
			}
		}
	}
}
