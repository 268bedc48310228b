package fr.fidele.loyalty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.exchange.CoxRequest;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.Ties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cox fits asked of the Spark module's fit service ({@code fr.fidele.spark.FitService}, decision 31): started with
 * {@code spark-submit} against the configured master on the first fit, kept while the application runs, started
 * again if it died. Each model's rows go through the exchange directory, where the cluster's workers read them; the
 * result comes back to the bit. The service reads this application's end in its standard input, so a kill -9 of the
 * application leaves no service behind.
 */
final class SparkFits implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SparkFits.class);
	private static final String SERVICE = "fr.fidele.spark.FitService";
	private static final String READY = "service.ready";
	private static final String RUN_PREFIX = "run-";
	/** After a service that did not start, the models go in process this long before another start is tried. */
	private static final Duration RETRY_AFTER = Duration.ofMinutes(10);

	private final LoyaltyProperties.Cluster settings;
	private final Path exchange;
	private final AtomicLong requests = new AtomicLong();
	private Process service;
	private Path run;
	private Instant failedStart;

	SparkFits(LoyaltyProperties.Cluster settings) {
		this.settings = settings.checked();
		this.exchange = settings.exchange("fidele-fits");
	}

	/** The model of {@code data} fitted on the cluster; a refusal of the model is the fit's own exception. */
	CoxResult fit(CoxData data) {
		Running running = running();
		Path directory = running.directory();
		String id = "fit-" + requests.incrementAndGet();
		try {
			CoxRequest request = CoxRequest.write(directory, id, data, Ties.EFRON);
			try {
				Path reply = directory.resolve(id + CoxReply.SUFFIX);
				awaitFile(reply, running.process(), settings.fitTimeout().toMillis(), "model " + id);
				return CoxReply.read(reply);
			}
			finally {
				Files.deleteIfExists(request.rowsFile(directory));
				Files.deleteIfExists(directory.resolve(id + CoxRequest.SUFFIX));
				Files.deleteIfExists(directory.resolve(id + CoxReply.SUFFIX));
			}
		}
		catch (IOException e) {
			throw new UnavailableException("model " + id + ": " + e.getMessage());
		}
	}

	@Override
	public synchronized void close() {
		stop();
		try {
			RunDirectories.clear(exchange, RUN_PREFIX);
		}
		catch (IOException e) {
			log.warn("Loyalty: the fit service's files could not all be removed from {}", exchange, e);
		}
	}

	/** A service that is up, and its run directory: started first if need be. */
	private synchronized Running running() {
		if (service != null && service.isAlive()) {
			return new Running(run, service);
		}
		stop();
		if (failedStart != null && Instant.now().isBefore(failedStart.plus(RETRY_AFTER))) {
			throw new UnavailableException("the fit service did not start at " + failedStart + "; next try after "
					+ failedStart.plus(RETRY_AFTER));
		}
		try {
			RunDirectories.clear(exchange, RUN_PREFIX);
			run = Files.createDirectory(exchange.resolve(RUN_PREFIX + System.currentTimeMillis()));
			service = SparkSubmit.process(settings.sparkHome(), command(run)).redirectOutput(run.resolve("service.log").toFile())
				.start();
			log.info("Loyalty: fit service starting on {} (log in {})", settings.master(), run.resolve("service.log"));
			awaitFile(run.resolve(READY), service, settings.startTimeout().toMillis(), "the fit service to start");
			failedStart = null;
			return new Running(run, service);
		}
		catch (IOException e) {
			stop();
			failedStart = Instant.now();
			throw new UnavailableException("the fit service could not start: " + e.getMessage());
		}
	}

	/**
	 * Waits for {@code file}, as long as {@code watched} lives and {@code millis} allow. The process is the one the
	 * file was asked of: another thread may have started the next service meanwhile.
	 */
	private static void awaitFile(Path file, Process watched, long millis, String what) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		long pause = 5;
		while (!Files.exists(file)) {
			if (!watched.isAlive()) {
				throw new IOException("the fit service stopped (exit " + watched.exitValue() + ") while waiting for " + what);
			}
			if (System.nanoTime() > deadline) {
				throw new IOException("waited " + millis + " ms for " + what);
			}
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while waiting for " + what, e);
			}
			pause = Math.min(100, pause * 2);
		}
	}

	/** spark-submit of the service, which fits the models asked of it in {@code directory}. */
	private List<String> command(Path directory) {
		return SparkSubmit.command(settings, SERVICE, List.of(directory.toString(), Integer.toString(settings.concurrentFits())));
	}

	/** Ends the service: its standard input closed first (it stops by itself), then the process if it lingers. */
	private void stop() {
		SparkSubmit.stop(service);
		service = null;
	}

	/** A service that was up when a fit asked for it, and the directory its requests go to. */
	private record Running(Path directory, Process process) {
	}

	/** The cluster did not answer: the caller fits in process. */
	static final class UnavailableException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnavailableException(String message) {
			super(message);
		}
	}
}
