package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.fidele.TestDatabaseInitializer;
import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.survival.CoxResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The experience model computed by the Spark module's job ({@code fr.fidele.spark.ExperienceJob}) on Spark's local
 * mode, reading this test's database by ranges of customers: the same customers, departures and exposure counts as
 * the application's in-process model, and every hazard ratio, interval and p-value within 1e-9 relative.
 */
@SpringBootTest(properties = { "fidele.demo.load=true", "fidele.demo.customers=4000", "fidele.demo.seed=37",
		"fidele.demo.end-date=2026-11-01", "fidele.demo.password=job-only", "fidele.loyalty.refresh-on-start=false",
		"logging.level.io.zonky=WARN", "fidele.voice.index-directory=target/voice-index" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ExperienceJobTests {

	private static final String AS_OF = "2026-11-01";

	@Autowired
	ExperienceAnalysis experiences;

	@Autowired
	DataSource dataSource;

	@BeforeAll
	static void sparkIsBuilt() {
		SparkFitsTests.assumeSparkBuilt();
	}

	@Test
	void theJobReadsTheCaseFileByRangesOfCustomersAndFitsTheInProcessModel(@TempDir Path out) throws Exception {
		ExperienceModel inProcess = experiences.recompute(LocalDate.parse(AS_OF));

		// seven ranges on two cores: customers in every range, counts added up across them
		run(out, "7");

		Properties counts = new Properties();
		try (InputStream in = Files.newInputStream(out.resolve("experiences.counts"))) {
			counts.load(in);
		}
		assertThat(Integer.parseInt(counts.getProperty("customers"))).isEqualTo(inProcess.customers());
		assertThat(Integer.parseInt(counts.getProperty("departures"))).isEqualTo(inProcess.churned());
		CoxResult fit = CoxReply.read(out.resolve("experiences" + CoxReply.SUFFIX));
		List<Effect> onSpark = new ArrayList<>();
		for (int c = 0; c < fit.terms().size(); c++) {
			String term = fit.terms().get(c);
			onSpark.add(new Effect(term, fit.hazardRatio(c), fit.hazardRatioLower(c, 0.95), fit.hazardRatioUpper(c, 0.95),
					fit.pValue(c), Integer.parseInt(counts.getProperty("exposed." + term)),
					Integer.parseInt(counts.getProperty("exposedChurned." + term))));
		}
		assertThat(inProcess.effects()).hasSizeGreaterThanOrEqualTo(5);
		LoyaltyOnClusterTests.assertSameEffects(onSpark, inProcess.effects());
	}

	private void run(Path out, String ranges) throws IOException, InterruptedException {
		List<String> command = SparkSubmit.command(SparkFitsTests.SPARK_HOME, "local[2]",
				List.of("--conf", "spark.ui.enabled=false", "--conf", "spark.log.level=WARN"), "fr.fidele.spark.ExperienceJob",
				SparkFitsTests.JOB_JAR, List.of(jdbcUrl(), AS_OF, ZoneId.systemDefault().getId(), out.toString(), ranges));
		Path log = out.resolve("job.log");
		Process job = SparkSubmit.process(SparkFitsTests.SPARK_HOME, command).redirectOutput(log.toFile()).start();
		boolean ended = job.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			job.destroyForcibly();
		}
		assertThat(ended && job.exitValue() == 0).as("the job ended well; its log:%n%s", Files.readString(log)).isTrue();
	}

	/** This test's database, its user and password among the URL's parameters, as the job's executors take it. */
	private String jdbcUrl() {
		HikariDataSource pool = (HikariDataSource) dataSource;
		String url = pool.getJdbcUrl() + (pool.getJdbcUrl().contains("?") ? "&" : "?") + "user="
				+ URLEncoder.encode(pool.getUsername(), StandardCharsets.UTF_8);
		return pool.getPassword() == null || pool.getPassword().isEmpty() ? url
				: url + "&password=" + URLEncoder.encode(pool.getPassword(), StandardCharsets.UTF_8);
	}
}
