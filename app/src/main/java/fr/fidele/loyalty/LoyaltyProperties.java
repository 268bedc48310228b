package fr.fidele.loyalty;

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
 * folds in the contacts recorded or changed since, and a background task does every so often (0: every figure asked)
 * @param cluster where the models are fitted: on a Spark cluster when its master is set, in process otherwise
 */
@ConfigurationProperties("fidele.loyalty")
@Validated
public record LoyaltyProperties(@DefaultValue("true") boolean refreshOnStart,
		@NotBlank @DefaultValue("0 30 2 * * *") String recomputeCron, @NotNull @DefaultValue("1m") Duration foldAfter,
		@Valid @DefaultValue Cluster cluster) {

	/**
	 * A Spark cluster to fit the loyalty models on (decision 31).
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
	 */
	public record Cluster(@DefaultValue("") String master, Path sparkHome, Path jobJar, Path exchangeDir,
			@NotBlank @DefaultValue("1g") String executorMemory, @Min(1) @DefaultValue("2") int concurrentFits,
			@NotNull @DefaultValue("2m") Duration startTimeout, @NotNull @DefaultValue("1h") Duration fitTimeout) {

		/** No cluster: the models fitted in process. */
		static final Cluster NONE = new Cluster("", null, null, null, "1g", 2, Duration.ofMinutes(2), Duration.ofHours(1));

		boolean configured() {
			return master != null && !master.isBlank();
		}
	}
}
