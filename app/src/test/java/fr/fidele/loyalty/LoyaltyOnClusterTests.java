package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import fr.fidele.accounts.Role;
import fr.fidele.casefile.Experience;
import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.Segment;
import fr.fidele.contacts.Reasons;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A director's "recompute" on an installation with a Spark cluster configured: Spark's {@code local-cluster}, a real
 * master and two workers whose executors are JVMs of their own. The recomputation is the Spark module's job, whose
 * workers read this test's database: the application reads no case file and fits no model, and every figure of the
 * whole service it then shows is the in-process one: the models, the counts, the service measures by channel too, the
 * customers at risk. A filtered model is still the application's to compute, and goes
 * to the cluster's fit service. A job that fails leaves the figures computed in process.
 */
@ClusterDemoTest
class LoyaltyOnClusterTests {

	private static final LocalDate AS_OF = LocalDate.parse(ClusterDemoTest.AS_OF);

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MeterRegistry meters;

	@Autowired
	LoyaltyDataReader reader;

	@Autowired
	ContactsInMemory contacts;

	@Autowired
	ExperienceAnalysis experiences;

	@Autowired
	ServiceRetention retention;

	@Autowired
	ServiceTrends trends;

	@Autowired
	ValueAtStakeAnalysis valueAtStake;

	@Autowired
	AdvisorContributions advisors;

	@Autowired
	CountsByFilter counts;

	@Autowired
	ModelFits fits;

	@Autowired
	ServiceMeasures measures;

	@Autowired
	ChannelMeasures channels;

	@Autowired
	MeasureDefaults measureDefaults;

	@Autowired
	MeasureDrillDown drillDown;

	@Autowired
	Assumptions assumptions;

	@Autowired
	Reasons reasons;

	@Autowired
	LoyaltyProperties properties;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@BeforeAll
	static void sparkIsBuilt() {
		SparkFitsTests.assumeSparkBuilt();
	}

	@Test
	void theDirectorsRecomputationIsTheSparkJobAndShowsTheInProcessFigures() {
		ApiClient director = new ApiClient(port, people.create(Role.DIRECTOR).token());
		// a case file read for another date: the filtered figures after the job must not be computed on it
		reader.read(LocalDate.parse("2026-06-01"));
		// the other classes of this context may have computed figures before
		double[] before = { recomputations("cluster"), recomputations("process"), fallbacks(), fits("cluster"), fits("process") };

		assertThat(director.post("/api/loyalty/recompute?asOf=" + AS_OF, "").status()).isEqualTo(204);

		assertThat(recomputations("cluster")).isEqualTo(before[0] + 1);
		assertThat(recomputations("process")).isEqualTo(before[1]);
		assertThat(fallbacks()).isEqualTo(before[2]);
		// nothing fitted by the application: the models came from the job
		assertThat(fits("cluster")).isEqualTo(before[3]);
		assertThat(fits("process")).isEqualTo(before[4]);
		ExperienceModel shownModel = experiences.model();
		RetentionReport shownReport = retention.report();
		List<ServiceTrends.Month> shownMonths = trends.months(ContactFilter.NONE);
		List<AdvisorContribution> shownAdvisors = advisors.advisors();
		ValueAtStake shownStake = valueAtStake.report();
		MeasureSettings settings = measureDefaults.current();
		ServiceReport shownService = measures.report(ContactFilter.NONE, settings);
		List<ChannelMeasures.ChannelFigures> shownChannels = channels.of(ContactFilter.NONE, settings);
		assertThat(reader.latest().asOf()).isEqualTo(LocalDate.now(clock));

		// the same figures computed here, apart from the application's own
		LoyaltyData data = reader.read(AS_OF);
		CoxEffects inProcess = inProcess();
		ExperienceModel model = new ExperienceAnalysis(reader, inProcess, clock).recompute(data);
		assertThat(shownModel.effects()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(shownModel.customers()).isEqualTo(model.customers());
		assertThat(shownModel.churned()).isEqualTo(model.churned());
		assertSameEffects(shownModel.effects(), model.effects());
		RetentionReport report = new ServiceRetention(reader, inProcess, clock).recompute(data);
		assertThat(shownReport.customers()).isEqualTo(report.customers());
		assertThat(shownReport.churned()).isEqualTo(report.churned());
		assertSameEffects(effects(shownReport), effects(report));
		assertThat(shownReport.landmark()).usingRecursiveComparison().isEqualTo(report.landmark());
		assertThat(shownReport.landmark().contacted().days()).hasSizeGreaterThan(10);
		ServiceTrends here = new ServiceTrends(contacts, reader);
		here.recompute(data);
		assertThat(shownMonths).hasSize(ServiceTrends.DEFAULT_MONTHS).isEqualTo(here.months(ContactFilter.NONE));
		List<AdvisorContribution> counted = AdvisorContributions.contributions(contacts.counts(ContactFilter.NONE).advisors(),
				new AdvisorNames(JdbcClient.create(dataSource)).names());
		assertThat(shownAdvisors).hasSizeGreaterThan(20).extracting(AdvisorContribution::advisorId, AdvisorContribution::observed)
			.isEqualTo(counted.stream().map(a -> tuple(a.advisorId(), a.observed())).toList());
		long[] customers = data.table().unhappyAndHappy(data.columns(Experience.harmful()), data.column(Exposure.RESOLVED));
		assertThat(shownStake.unhappyCustomers()).isPositive().isEqualTo(customers[0]);
		assertThat(shownStake.happyCustomers()).isPositive().isEqualTo(customers[1]);
		ValueAtStake stake = new ValueAtStakeAnalysis(JdbcClient.create(dataSource), contacts, reader, experiences, assumptions,
				clock).recompute(data);
		assertThat(shownStake.atRisk()).hasSize(ValueAtStakeAnalysis.AT_RISK_SHOWN).isEqualTo(stake.atRisk())
			.anyMatch(customer -> customer.recentContacts() >= 2 && !customer.openComplaint());
		assertThat(shownStake.atRiskCount()).isEqualTo(stake.atRiskCount());
		assertThat(shownStake.atRiskMonthlyValue()).isEqualTo(stake.atRiskMonthlyValue());
		// the job's measures, stamped with its figures, not measured here on the contacts in memory
		assertThat(shownService.computedAt()).isEqualTo(shownModel.computedAt());
		assertSameMeasures(shownService, new ServiceMeasures(contacts, drillDown, clock).report(ContactFilter.NONE, settings));
		assertThat(shownChannels).hasSizeGreaterThanOrEqualTo(4).isEqualTo(new ChannelMeasures(contacts).of(ContactFilter.NONE, settings));

		// a filtered model is the application's, fitted by the cluster's fit service
		ContactFilter premium = new ContactFilter(null, null, null, null, null, null, Segment.PREMIUM);
		List<Effect> filtered = experiences.model(premium).effects();
		assertThat(fits("cluster")).isEqualTo(before[3] + 1);
		assertThat(fits("process")).isEqualTo(before[4]);
		assertSameEffects(filtered, new ExperienceAnalysis(reader, inProcess, clock).model(premium).effects());

		// one model asked again is every figure again, by the job: no model read in process beside the job's counts
		assertThat(director.post("/api/loyalty/experiences?asOf=" + AS_OF, "").status()).isEqualTo(200);
		assertThat(recomputations("cluster")).isEqualTo(before[0] + 2);
		assertThat(recomputations("process")).isEqualTo(before[1]);
		assertThat(fits("process")).isEqualTo(before[4]);
		assertSameEffects(experiences.model().effects(), model.effects());
	}

	@Test
	void aJobThatFailsLeavesTheRecomputationToTheApplication() {
		LoyaltyProperties.Cluster configured = properties.cluster();
		LoyaltyProperties.Cluster unreachable = new LoyaltyProperties.Cluster("local[1]", configured.sparkHome(),
				configured.jobJar(), null, "1g", 1, Duration.ofMinutes(1), Duration.ofMinutes(1), true, Duration.ofMinutes(5),
				"jdbc:postgresql://127.0.0.1:9/nowhere");
		SimpleMeterRegistry ownMeters = new SimpleMeterRegistry();
		ClusterRecompute cluster = new ClusterRecompute(new LoyaltyProperties(false, "-", Duration.ZERO, unreachable),
				dataSource, fits, reader, experiences, retention, valueAtStake, trends, counts, measures, channels, measureDefaults,
				assumptions, reasons, ownMeters, clock);
		ExperienceModel before = experiences.model();

		try {
			assertThat(cluster.recompute(AS_OF)).isFalse();
		}
		finally {
			cluster.destroy();
		}

		assertThat(ownMeters.get("fidele.loyalty.recomputations.fallbacks").counter().count()).isEqualTo(1);
		assertThat(experiences.model()).isSameAs(before);
	}

	/** The same counts; the mean wait and handle time within 1e-9 (relative): the job adds them up range by range. */
	private static void assertSameMeasures(ServiceReport onCluster, ServiceReport inProcess) {
		assertThat(onCluster.contacts()).isPositive().isEqualTo(inProcess.contacts());
		assertThat(onCluster.settings()).isEqualTo(inProcess.settings());
		assertThat(List.of(onCluster.firstContactResolution(), onCluster.repeatWithin24Hours(), onCluster.repeatWithin7Days(),
				onCluster.repeatWithin30Days(), onCluster.abandonment(), onCluster.serviceLevel()))
			.isEqualTo(List.of(inProcess.firstContactResolution(), inProcess.repeatWithin24Hours(), inProcess.repeatWithin7Days(),
					inProcess.repeatWithin30Days(), inProcess.abandonment(), inProcess.serviceLevel()));
		assertThat(onCluster.firstContactResolution().denominator()).isPositive();
		assertThat(onCluster.serviceLevel().denominator()).isPositive();
		assertThat(onCluster.offered()).isEqualTo(inProcess.offered());
		assertThat(onCluster.answered()).isPositive().isEqualTo(inProcess.answered());
		assertThat(onCluster.averageSpeedOfAnswer()).isCloseTo(inProcess.averageSpeedOfAnswer(),
				within(1e-9 * inProcess.averageSpeedOfAnswer()));
		assertThat(onCluster.averageHandleTime()).isCloseTo(inProcess.averageHandleTime(),
				within(1e-9 * inProcess.averageHandleTime()));
	}

	/** The models fitted in this test's process, whatever the application's settings. */
	static CoxEffects inProcess() {
		return new CoxEffects(new ModelFits(new LoyaltyProperties(false, "-", Duration.ZERO, LoyaltyProperties.Cluster.NONE),
				new SimpleMeterRegistry()));
	}

	private double fits(String where) {
		return meters.get("fidele.loyalty.model.fits").tag("where", where).counter().count();
	}

	private double fallbacks() {
		return meters.get("fidele.loyalty.recomputations.fallbacks").counter().count();
	}

	private double recomputations(String where) {
		return meters.get("fidele.loyalty.recomputations").tag("where", where).counter().count();
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
