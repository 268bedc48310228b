package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A director's "recompute" on an installation with a Spark cluster configured: Spark's {@code local-cluster}, a real
 * master and two workers whose executors are JVMs of their own, reading the models' rows from the exchange directory.
 * Every model goes to the cluster, none is fitted in process, and the figures are those of the in-process fits.
 */
@ClusterDemoTest
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

		assertThat(director.post("/api/loyalty/recompute?asOf=" + ClusterDemoTest.AS_OF, "").status()).isEqualTo(204);

		// the experience model and the retention models: contact, channels, reasons, three segments, the naive one
		assertThat(fits("cluster")).isGreaterThanOrEqualTo(8);
		assertThat(fits("process")).isZero();
		assertThat(meters.get("fidele.loyalty.model.fits.fallbacks").counter().count()).isZero();

		CoxEffects inProcess = inProcess();
		LoyaltyData data = reader.latest();
		assertSameEffects(experiences.model().effects(),
				new ExperienceAnalysis(reader, inProcess, clock).recompute(data).effects());
		assertThat(experiences.model().effects()).hasSizeGreaterThanOrEqualTo(5);
		assertSameEffects(effects(retention.report()), effects(new ServiceRetention(reader, inProcess, clock).recompute(data)));
	}

	/** The models fitted in this test's process, whatever the application's settings. */
	static CoxEffects inProcess() {
		return new CoxEffects(new ModelFits(new LoyaltyProperties(false, "-", Duration.ZERO, LoyaltyProperties.Cluster.NONE),
				new SimpleMeterRegistry()));
	}

	private double fits(String where) {
		return meters.get("fidele.loyalty.model.fits").tag("where", where).counter().count();
	}

	static List<Effect> effects(RetentionReport report) {
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
