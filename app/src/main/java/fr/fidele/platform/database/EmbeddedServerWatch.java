package fr.fidele.platform.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every second whether the embedded PostgreSQL still runs and starts it again if it died; when it cannot, tries
 * again later, waiting twice as long each time up to a minute. It has a thread of its own: the application's
 * scheduled jobs are the ones stuck waiting for a connection while the database is down.
 */
class EmbeddedServerWatch implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServerWatch.class);
	private static final Duration PERIOD = Duration.ofSeconds(1);
	private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

	private final EmbeddedServer server;
	private final Clock clock;
	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread watch = new Thread(task, "embedded-postgres-watch");
		watch.setDaemon(true);
		return watch;
	});
	private Duration pause = PERIOD;
	private Instant nextAttempt = Instant.MIN;

	EmbeddedServerWatch(EmbeddedServer server, Clock clock) {
		this.server = server;
		this.clock = clock;
	}

	EmbeddedServerWatch start() {
		thread.scheduleWithFixedDelay(this::check, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
		return this;
	}

	void check() {
		if (clock.instant().isBefore(nextAttempt)) {
			return;
		}
		try {
			server.restartIfStopped();
			pause = PERIOD;
		}
		catch (RuntimeException e) {
			log.error("The embedded PostgreSQL could not be started again; next attempt in {} s", pause.toSeconds(), e);
			nextAttempt = clock.instant().plus(pause);
			pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
		}
	}

	@Override
	public void close() throws InterruptedException {
		thread.shutdownNow();
		thread.awaitTermination(10, TimeUnit.SECONDS);
	}
}
