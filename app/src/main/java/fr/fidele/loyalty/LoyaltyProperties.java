package fr.fidele.loyalty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the loyalty figures.
 *
 * @param refreshOnStart compute every figure in the background once the application has started
 * @param recomputeCron when every figure is computed again (a Spring cron expression, default 02:30 each night)
 * @param foldAfter how far behind the contacts the dashboards count from memory may be: older, a figure asked first
 * folds in the contacts recorded or changed since, and a background task does before that; an advisor's own page is
 * kept as long (0: every figure asked folds first, every page is computed again; otherwise at least a second)
 * @param cluster where the loyalty figures are computed: on a Spark cluster when its master is set, in process otherwise
 */
@ConfigurationProperties("fidele.loyalty")
@Validated
public record LoyaltyProperties(@DefaultValue("true") boolean refreshOnStart,
		@NotBlank @DefaultValue("0 30 2 * * *") String recomputeCron, @NotNull @DefaultValue("1m") Duration foldAfter,
		@Valid @DefaultValue Cluster cluster) {

	/** Refuses a fold-after the background could not keep ahead of: none, or at least a second. */
	public LoyaltyProperties {
		if (foldAfter != null && !foldAfter.isZero() && foldAfter.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("fidele.loyalty.fold-after is 0s or at least 1s, not " + foldAfter);
		}
	}

	/**
	 * A Spark cluster to compute the loyalty figures on: the whole recomputation as the Spark module's job, which reads
	 * the case file from the database itself (decision 35), or only the models' fits (decision 31).
	 *
	 * @param master the cluster's master URL ({@code spark://host:7077}, {@code local[4]}...); blank: no cluster
	 * @param sparkHome a Spark distribution's directory, whose {@code jars/} start the fit service
	 * @param jobJar the {@code fidele-spark.jar} built by the {@code spark} module
	 * @param exchangeDir where the models' rows and results are written: a directory every worker reads at the same
	 * path (a shared file system) when the workers are on other machines; blank: a temporary directory
	 * @param executorMemory the memory of each executor, as {@code spark-submit} takes it
	 * @param concurrentFits how many models the service fits at once
	 * @param startTimeout how long the service may take to start before the models are fitted in process
	 * @param fitTimeout how long one model may take on the cluster before it is fitted in process
	 * @param readsCaseFile whether a recomputation is the Spark module's whole job, its workers reading the case file
	 * from the database (which they must reach); false: the application reads it and sends the cluster only the fits
	 * @param jobTimeout how long that job may take before the figures are computed in process
	 * @param databaseUrl the database's JDBC URL as the workers reach it, a replica's for instance (the user and
	 * password are the application's); blank: the application's own URL, which names this machine as the workers see
	 * it only when they run here
	 */
	public record Cluster(@DefaultValue("") String master, Path sparkHome, Path jobJar, Path exchangeDir,
			@NotBlank @DefaultValue("1g") String executorMemory, @Min(1) @DefaultValue("2") int concurrentFits,
			@NotNull @DefaultValue("2m") Duration startTimeout, @NotNull @DefaultValue("1h") Duration fitTimeout,
			@DefaultValue("true") boolean readsCaseFile, @NotNull @DefaultValue("2h") Duration jobTimeout,
			@DefaultValue("") String databaseUrl) {

		/** No cluster: the figures computed in process. */
		static final Cluster NONE = new Cluster("", null, null, null, "1g", 2, Duration.ofMinutes(2), Duration.ofHours(1), false,
				Duration.ofHours(2), "");

		boolean configured() {
			return master != null && !master.isBlank();
		}

		/** This cluster, once its Spark distribution and the Spark module's jar are found where they are said to be. */
		Cluster checked() {
			if (sparkHome == null || !Files.isDirectory(sparkHome.resolve("jars"))) {
				throw misconfigured("spark-home", "a Spark distribution's directory (with jars/)", sparkHome);
			}
			if (jobJar == null || !Files.isRegularFile(jobJar)) {
				throw misconfigured("job-jar", "the fidele-spark.jar built by the spark module", jobJar);
			}
			return this;
		}

		/** The exchange directory, created if need be; a temporary one named after {@code purpose} when none is set. */
		Path exchange(String purpose) {
			try {
				return exchangeDir != null ? Files.createDirectories(exchangeDir) : Files.createTempDirectory(purpose);
			}
			catch (IOException e) {
				throw new UncheckedIOException("the exchange directory of the Spark cluster cannot be created", e);
			}
		}

		private static IllegalStateException misconfigured(String property, String what, Path value) {
			return new IllegalStateException("fidele.loyalty.cluster." + property + " must name " + what
					+ " when fidele.loyalty.cluster.master is set (now: " + value + ")");
		}
	}
}
