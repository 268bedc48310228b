package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Spark module's applications run by the tests with {@code spark-submit} on Spark's local mode. */
final class SparkRuns {

	private SparkRuns() {
	}

	/** Runs {@code mainClass} of the Spark module's jar with {@code args}; its output in {@code log}; it must end well. */
	static void run(Path log, String mainClass, List<String> args) throws IOException, InterruptedException {
		List<String> command = SparkSubmit.command(SparkFitsTests.SPARK_HOME, "local[2]",
				List.of("--conf", "spark.ui.enabled=false", "--conf", "spark.log.level=WARN"), mainClass, SparkFitsTests.JOB_JAR,
				args);
		Files.createDirectories(log.getParent());
		Process job = SparkSubmit.process(SparkFitsTests.SPARK_HOME, command).redirectOutput(log.toFile()).start();
		boolean ended = job.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			job.destroyForcibly();
		}
		assertThat(ended && job.exitValue() == 0).as("%s ended well; its log:%n%s", mainClass, Files.readString(log)).isTrue();
	}
}
