package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import fr.fidele.casefile.FigureThresholds;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loyalty job as Fidèle starts it ({@link SparkJob}), on Spark's local mode: it stops by itself when the
 * application that holds its standard input is gone, as after a kill -9, even in the middle of its read; and a job
 * that fails says why, with the end of its log, the database's password blanked.
 */
class SparkJobTests {

	private static final LocalDate AS_OF = LocalDate.parse("2026-11-01");

	@TempDir
	Path exchange;

	@BeforeAll
	static void sparkIsBuilt() {
		SparkFitsTests.assumeSparkBuilt();
	}

	@Test
	void theJobStopsWhenTheApplicationThatStartedItIsGone() throws Exception {
		// a "database" that accepts the job's connection and never answers: the job is stuck in its read
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			SparkJob job = new SparkJob(settings(), "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/fidele?user=x");
			Path directory = Files.createDirectory(exchange.resolve("job-1"));
			Process running = job.process(AS_OF, FigureThresholds.DEFAULTS, directory).redirectOutput(directory.resolve("job.log").toFile()).start();
			try {
				silent.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
				try (Socket connection = silent.accept()) {
					assertThat(running.isAlive()).isTrue();

					// what a kill -9 of the application does to the pipe it held
					running.getOutputStream().close();

					assertThat(running.waitFor(1, TimeUnit.MINUTES)).as("the job stopped; its log:%n%s", log(directory)).isTrue();
					assertThat(running.exitValue()).isEqualTo(3);
					assertThat(log(directory)).contains("the application that started it is gone");
				}
				catch (SocketTimeoutException e) {
					throw new AssertionError("the job never reached its database; its log:\n" + log(directory), e);
				}
			}
			finally {
				running.descendants().forEach(ProcessHandle::destroyForcibly);
				running.destroyForcibly();
			}
		}
	}

	@Test
	void aJobThatFailsSaysWhyWithTheEndOfItsLogWithoutThePassword() {
		// a URL no driver takes: the driver's message quotes it, password included
		SparkJob job = new SparkJob(settings(), "jdbc:postgres://127.0.0.1:9/nowhere?user=x&password=s3cret");

		try {
			job.run(AS_OF, FigureThresholds.DEFAULTS).close();
			throw new AssertionError("a job without its database ended well");
		}
		catch (SparkFits.UnavailableException e) {
			assertThat(e.getMessage()).contains("the job ended with exit 1").contains("No suitable driver found")
				.contains("password=…").doesNotContain("s3cret");
		}
	}

	private LoyaltyProperties.Cluster settings() {
		return new LoyaltyProperties.Cluster("local[1]", SparkFitsTests.SPARK_HOME, SparkFitsTests.JOB_JAR, exchange, "1g", 1,
				Duration.ofMinutes(1), Duration.ofMinutes(1), true, Duration.ofMinutes(5), "");
	}

	private static String log(Path directory) throws IOException {
		return Files.readString(directory.resolve("job.log"));
	}
}
