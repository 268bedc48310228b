package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.FitElsewhereException;
import fr.fidele.stats.survival.Ties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models fitted by the spark module's fit service, started by {@code spark-submit} as the application starts it
 * when a cluster is configured (here Spark's local mode, a real Spark): the same results as in process, a refused
 * model refused the same way, a cluster that cannot answer replaced by the in-process fit, no service left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkFitsTests {

	static final Path SPARK_HOME = Path.of(System.getProperty("fidele.spark.home", "../spark/target/spark-home"));
	static final Path JOB_JAR = Path.of(System.getProperty("fidele.spark.job-jar", "../spark/target/fidele-spark.jar"));
	private static final double RELATIVE = 1e-9;

	@TempDir
	static Path exchange;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
	private ModelFits fits;

	@BeforeAll
	void startTheService() {
		assumeSparkBuilt();
		fits = new ModelFits(properties("local[2]", Duration.ofMinutes(2)), meters);
	}

	@AfterAll
	void stopTheService() {
		if (fits != null) {
			fits.destroy();
			assertThat(services()).as("fit services left running").isEmpty();
		}
	}

	/** Skips, saying why, where the spark module has not been packaged (the README's command packages it first). */
	static void assumeSparkBuilt() {
		assumeThat(Files.isDirectory(SPARK_HOME.resolve("jars")) && Files.isRegularFile(JOB_JAR))
			.as("the spark module is not packaged (%s, %s): ./mvnw -B verify builds it before the application",
					SPARK_HOME, JOB_JAR)
			.isTrue();
	}

	@Test
	void aCountingProcessModelWithStrataIsFittedOnTheClusterAsInProcess() throws IOException {
		CoxData data = customers(4000, 7);

		CoxResult onCluster = fits.fit(data);

		assertSameFit(onCluster, CoxModel.fitWithoutConcordance(data, Ties.EFRON));
		assertThat(meters.get("fidele.loyalty.model.fits").tag("where", "cluster").counter().count()).isGreaterThanOrEqualTo(1);
		assertThat(meters.get("fidele.loyalty.model.fits.fallbacks").counter().count()).isZero();
		// a service as long-lived as the application logs warnings, not a line per Spark job
		try (Stream<Path> logs = Files.find(exchange, 2, (path, attributes) -> path.endsWith("service.log"))) {
			assertThat(logs.toList()).singleElement()
				.satisfies(log -> assertThat(Files.readString(log)).doesNotContain("INFO DAGScheduler"));
		}
	}

	@Test
	void modelsAskedAtOnceAreEachAnsweredWithTheirOwnFit() {
		List<CoxData> models = List.of(customers(1500, 1), customers(2500, 2), customers(3500, 3));

		List<CoxResult> fitted = BackgroundWork.all("test-fits", models.stream()
			.<Supplier<CoxResult>>map(data -> () -> fits.fit(data)).toList());

		for (int m = 0; m < models.size(); m++) {
			assertSameFit(fitted.get(m), CoxModel.fitWithoutConcordance(models.get(m), Ties.EFRON));
		}
	}

	@Test
	void aModelTheClusterRefusesIsRefusedAsInProcessNotFittedAgain() {
		CoxData constant = CoxData.rightCensored(new double[] { 1, 2, 3, 4 }, new boolean[] { true, false, true, true },
				new double[][] { { 1, 1, 1, 1 } }, List.of("CONTACTED"));
		double before = meters.get("fidele.loyalty.model.fits").tag("where", "process").counter().count();

		assertThatThrownBy(() -> fits.fit(constant)).isInstanceOf(FitElsewhereException.class)
			.hasMessageContaining("CONTACTED");
		assertThat(meters.get("fidele.loyalty.model.fits").tag("where", "process").counter().count()).isEqualTo(before);
	}

	@Test
	void aClusterThatCannotBeReachedLeavesTheModelsToTheApplication() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		ModelFits unreachable = new ModelFits(properties("spark://127.0.0.1:9", Duration.ofSeconds(5)), own);
		try {
			CoxData data = customers(1000, 11);

			assertSameFit(unreachable.fit(data), CoxModel.fitWithoutConcordance(data, Ties.EFRON));
			// the next model does not wait for another start: it goes in process at once
			assertSameFit(unreachable.fit(data), CoxModel.fitWithoutConcordance(data, Ties.EFRON));
			assertThat(own.get("fidele.loyalty.model.fits.fallbacks").counter().count()).isEqualTo(2);
			assertThat(own.get("fidele.loyalty.model.fits").tag("where", "process").counter().count()).isEqualTo(2);
			assertThat(services()).as("a service that never started is not left running").isEmpty();
		}
		finally {
			unreachable.destroy();
		}
	}

	@Test
	void aClusterWithoutItsDistributionIsRefusedAtStartNamingTheSetting() {
		LoyaltyProperties.Cluster settings = new LoyaltyProperties.Cluster("local[2]", exchange.resolve("nowhere"),
				JOB_JAR, exchange, "1g", 2, Duration.ofMinutes(1), Duration.ofMinutes(1), false, Duration.ofMinutes(1), "");

		assertThatThrownBy(() -> new ModelFits(new LoyaltyProperties(false, "-", Duration.ZERO, settings), meters))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("fidele.loyalty.cluster.spark-home");
	}

	LoyaltyProperties properties(String master, Duration startTimeout) {
		return new LoyaltyProperties(false, "-", Duration.ZERO, new LoyaltyProperties.Cluster(master, SPARK_HOME, JOB_JAR,
				exchange, "1g", 2, startTimeout, Duration.ofMinutes(5), false, Duration.ofMinutes(5), ""));
	}

	/** The fit services this JVM started that still run. */
	static List<ProcessHandle> services() {
		return ProcessHandle.current().descendants()
			.filter(p -> p.info().arguments().map(a -> List.of(a).contains("fr.fidele.spark.FitService")).orElse(false))
			.filter(ProcessHandle::isAlive).toList();
	}

	/**
	 * Customers in three segments followed up to two years, in days; a contact switches on inside a day and raises
	 * the hazard, a resolved one lowers it: counting-process rows as the loyalty models have.
	 */
	static CoxData customers(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int rows = 0;
		double[] start = new double[2 * n];
		double[] stop = new double[2 * n];
		boolean[] event = new boolean[2 * n];
		int[] stratum = new int[2 * n];
		double[][] x = new double[2][2 * n];
		for (int i = 0; i < n; i++) {
			int segment = random.nextInt(3);
			double exit = 1 + Math.floor(random.nextDouble() * 730);
			boolean churned = random.nextDouble() < 0.4;
			double contact = random.nextDouble() < 0.5 ? random.nextDouble() * exit : Double.NaN;
			boolean resolved = random.nextBoolean();
			if (!Double.isNaN(contact) && contact > 0) {
				rows = row(start, stop, event, stratum, x, rows, 0, contact, false, segment, 0, 0);
				double factor = resolved ? 0.7 : 1.6;
				boolean churnedAfter = churned || random.nextDouble() < 0.1 * factor;
				rows = row(start, stop, event, stratum, x, rows, contact, exit, churnedAfter, segment, 1, resolved ? 1 : 0);
			}
			else {
				rows = row(start, stop, event, stratum, x, rows, 0, exit, churned, segment, 0, 0);
			}
		}
		return new CoxData(Arrays.copyOf(start, rows), Arrays.copyOf(stop, rows),
				Arrays.copyOf(event, rows), Arrays.copyOf(stratum, rows), 3,
				new double[][] { Arrays.copyOf(x[0], rows), Arrays.copyOf(x[1], rows) },
				List.of("CONTACTED", "RESOLVED"));
	}

	private static int row(double[] start, double[] stop, boolean[] event, int[] stratum, double[][] x, int r,
			double from, double to, boolean churned, int segment, double contacted, double resolved) {
		start[r] = from;
		stop[r] = to;
		event[r] = churned;
		stratum[r] = segment;
		x[0][r] = contacted;
		x[1][r] = resolved;
		return r + 1;
	}

	static void assertSameFit(CoxResult actual, CoxResult expected) {
		assertThat(actual.terms()).isEqualTo(expected.terms());
		assertThat(actual.subjects()).isEqualTo(expected.subjects());
		assertThat(actual.events()).isEqualTo(expected.events());
		assertClose("log-likelihood", actual.logLikelihood(), expected.logLikelihood());
		for (int i = 0; i < expected.terms().size(); i++) {
			assertClose(expected.terms().get(i), actual.coefficients()[i], expected.coefficients()[i]);
			for (int j = 0; j < expected.terms().size(); j++) {
				assertClose("variance " + i + "," + j, actual.variance()[i][j], expected.variance()[i][j]);
			}
		}
	}

	/** Equal within 1e-9 relative: the additions of a distributed fit are not done in the in-process order. */
	static void assertClose(String what, double actual, double expected) {
		assertThat(Math.abs(actual - expected)).as("%s: %s against %s in process", what, actual, expected)
			.isLessThanOrEqualTo(RELATIVE * Math.abs(expected));
	}
}
