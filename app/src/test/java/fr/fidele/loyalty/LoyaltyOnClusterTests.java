package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.TestDatabaseInitializer;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A director's "recompute" on an installation with a Spark cluster configured: Spark's {@code local-cluster}, a real
 * master and two workers whose executors are JVMs of their own, reading the models' rows from the exchange directory.
 * Every model goes to the cluster, none is fitted in process, and the figures are those of the in-process fits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "fidele.demo.load=true",
		"fidele.demo.customers=4000", "fidele.demo.seed=31", "fidele.demo.end-date=2026-11-01",
		"fidele.demo.password=cluster-only", "fidele.loyalty.refresh-on-start=false", "logging.level.io.zonky=WARN",
		"fidele.loyalty.cluster.master=local-cluster[2,1,1024]", "fidele.loyalty.cluster.spark-home=${fidele.spark.home}",
		"fidele.loyalty.cluster.job-jar=${fidele.spark.job-jar}", "fidele.loyalty.cluster.fit-timeout=5m",
		"fidele.voice.index-directory=target/voice-index" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class LoyaltyOnClusterTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MeterRegistry meters;

	@Autowired
	LoyaltyDataReader reader;

	@Autowired
	ExperienceAnalysis experiences;

	@Autowired
	ServiceRetention retention;

	@Autowired
	Clock clock;

	@BeforeAll
	static void sparkIsBuilt() {
		SparkFitsTests.assumeSparkBuilt();
	}

	@Test
	void theDirectorsRecomputationFitsEveryModelOnTheClusterAndShowsTheInProcessFigures() {
		ApiClient director = new ApiClient(port, people.create(Role.DIRECTOR).token());

		assertThat(director.post("/api/loyalty/recompute?asOf=2026-11-01", "").status()).isEqualTo(204);

		// the experience model and the retention models: contact, channels, reasons, three segments, the naive one
		assertThat(fits("cluster")).isGreaterThanOrEqualTo(8);
		assertThat(fits("process")).isZero();
		assertThat(meters.get("fidele.loyalty.model.fits.fallbacks").counter().count()).isZero();

		CoxEffects inProcess = new CoxEffects(new ModelFits(new LoyaltyProperties(false, "-", Duration.ZERO, LoyaltyProperties.Cluster.NONE),
				new SimpleMeterRegistry()));
		LoyaltyData data = reader.latest();
		assertSameEffects(experiences.model().effects(),
				new ExperienceAnalysis(reader, inProcess, clock).recompute(data).effects());
		assertThat(experiences.model().effects()).hasSizeGreaterThanOrEqualTo(5);
		assertSameEffects(effects(retention.report()), effects(new ServiceRetention(reader, inProcess, clock).recompute(data)));
	}

	private double fits(String where) {
		return meters.get("fidele.loyalty.model.fits").tag("where", where).counter().count();
	}

	private static List<Effect> effects(RetentionReport report) {
		List<Effect> all = new ArrayList<>(List.of(report.overall(), report.naive()));
		all.addAll(report.byChannel());
		all.addAll(report.byReason());
		all.addAll(report.bySegment());
		return all;
	}

	static void assertSameEffects(List<Effect> onCluster, List<Effect> inProcess) {
		assertThat(onCluster).extracting(Effect::term).isEqualTo(inProcess.stream().map(Effect::term).toList());
		for (int i = 0; i < inProcess.size(); i++) {
			Effect expected = inProcess.get(i);
			Effect actual = onCluster.get(i);
			SparkFitsTests.assertClose(expected.term() + " hazard ratio", actual.hazardRatio(), expected.hazardRatio());
			SparkFitsTests.assertClose(expected.term() + " lower", actual.lower(), expected.lower());
			SparkFitsTests.assertClose(expected.term() + " upper", actual.upper(), expected.upper());
			SparkFitsTests.assertClose(expected.term() + " p", actual.pValue(), expected.pValue());
			assertThat(actual.exposed()).isEqualTo(expected.exposed());
			assertThat(actual.exposedChurned()).isEqualTo(expected.exposedChurned());
		}
	}
}
