package fr.fidele.loyalty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import fr.fidele.casefile.FigureThresholds;
import fr.fidele.casefile.JobExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark module's loyalty job ({@code fr.fidele.spark.LoyaltyModelsJob}, decision 35) submitted to the configured
 * cluster with {@code spark-submit}: its workers read the case file from the database by ranges of customers and it
 * writes every figure of a recomputation in a directory of the exchange directory, which {@link JobOutputs} reads. The
 * database's URL, password included, goes to the job in its environment, not on its command line, which every user
 * of the machine can list. One job at a time; the application's stop ends the one running, and the job stops by itself
 * when the application is gone, even killed with -9 (it reads the end of its input, which the application holds).
 */
final class SparkJob implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SparkJob.class);
	private static final String JOB = "fr.fidele.spark.LoyaltyModelsJob";
	private static final String RUN_PREFIX = "job-";
	private static final int LOG_LINES_REPORTED = 20;
	private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)");
	private static final Pattern PASSWORD = Pattern.compile("password=[^&\\s]*");

	private final LoyaltyProperties.Cluster settings;
	private final String databaseUrl;
	private final Path exchange;
	private final boolean temporaryExchange;
	private final Object lifecycle = new Object();
	private volatile Process running;
	private volatile boolean closed;

	/** @param databaseUrl the database as the cluster's workers reach it, with its user and password */
	SparkJob(LoyaltyProperties.Cluster settings, String databaseUrl) {
		this.settings = settings.checked();
		this.databaseUrl = databaseUrl;
		this.exchange = settings.exchange("fidele-jobs");
		this.temporaryExchange = settings.exchangeDir() == null;
	}

	/**
	 * Runs the job following customers up to {@code asOf}, in the application's time zone, its service measures and
	 * recent contacts counted with {@code thresholds}; the caller reads the figures, then closes the run, which removes
	 * them.
	 *
	 * @throws SparkFits.UnavailableException when the job could not run, failed or took too long
	 * @throws CancellationException when the application stops (or the thread is interrupted) meanwhile
	 */
	synchronized Run run(LocalDate asOf, FigureThresholds thresholds) {
		try {
			// the directories of earlier jobs: those that failed are kept until the next, for their log
			RunDirectories.clear(exchange, RUN_PREFIX);
			Path directory = Files.createDirectory(exchange.resolve(RUN_PREFIX + System.currentTimeMillis()));
			Path logFile = directory.resolve("job.log");
			ProcessBuilder builder = process(asOf, thresholds, directory).redirectOutput(logFile.toFile());
			log.info("Loyalty: the recomputation's job submitted to {} (log in {})", settings.master(), logFile);
			Process job = start(builder);
			if (!job.waitFor(settings.jobTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				SparkSubmit.stop(job);
				throw new SparkFits.UnavailableException("the job took longer than " + settings.jobTimeout());
			}
			if (closed) {
				throw new CancellationException("the application stopped while the job ran");
			}
			if (job.exitValue() != 0) {
				throw new SparkFits.UnavailableException("the job ended with exit " + job.exitValue() + "; the end of its log:\n"
						+ tail(logFile));
			}
			return new Run(directory);
		}
		catch (IOException e) {
			throw new SparkFits.UnavailableException("the job could not be run: " + e.getMessage());
		}
		catch (InterruptedException e) {
			SparkSubmit.stop(running);
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted while the job ran");
		}
		finally {
			running = null;
		}
	}

	/** Starts the job unless the application is stopping; {@link #close} ends it if it stops meanwhile. */
	private Process start(ProcessBuilder builder) throws IOException {
		synchronized (lifecycle) {
			if (closed) {
				throw new CancellationException("the application is stopping");
			}
			running = builder.start();
			return running;
		}
	}

	/**
	 * The job's process, writing in {@code directory}: given the database in its environment, and told to stop when
	 * its standard input, which this application holds, ends.
	 */
	ProcessBuilder process(LocalDate asOf, FigureThresholds thresholds, Path directory) {
		List<String> command = SparkSubmit.command(settings, JOB,
				List.of("-", asOf.toString(), ZoneId.systemDefault().getId(), directory.toString()));
		ProcessBuilder builder = SparkSubmit.process(settings.sparkHome(), command);
		builder.environment().put(JobExchange.URL_VARIABLE, databaseUrl);
		builder.environment().put(JobExchange.STOP_WITH_INPUT, "1");
		builder.environment().put(JobExchange.THRESHOLDS_VARIABLE, thresholds.toString());
		return builder;
	}

	/** Ends the job running, if any, and lets none start: the application is stopping. */
	@Override
	public void close() {
		synchronized (lifecycle) {
			closed = true;
			SparkSubmit.stop(running);
		}
		if (temporaryExchange) {
			try {
				RunDirectories.delete(exchange);
			}
			catch (IOException e) {
				log.warn("Loyalty: the job's temporary directory {} could not be removed: {}", exchange, e.getMessage());
			}
		}
	}

	/**
	 * The end of the job's log without the stack frames, which would push the exception's message out of it, and
	 * without the database's password, which a driver's message may quote with its URL.
	 */
	private static String tail(Path logFile) throws IOException {
		List<String> lines = Files.readAllLines(logFile).stream().filter(line -> !STACK_FRAME.matcher(line).find())
			.map(line -> PASSWORD.matcher(line).replaceAll("password=…")).toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_REPORTED), lines.size()));
	}

	/** A job that ended well, and its figures. */
	static final class Run implements AutoCloseable {

		private final Path directory;

		private Run(Path directory) {
			this.directory = directory;
		}

		JobOutputs outputs() {
			return new JobOutputs(directory);
		}

		@Override
		public void close() {
			try {
				RunDirectories.delete(directory);
			}
			catch (IOException e) {
				// read already: the next job's start removes them
				log.warn("Loyalty: the job's figures could not be removed from {}: {}", directory, e.getMessage());
			}
		}
	}
}
