package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.fidele.TestDatabaseInitializer;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.TallyCounts.AdvisorCell;
import fr.fidele.casefile.TallyCounts.QueueCount;
import fr.fidele.casefile.TallyFile;
import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.FitElsewhereException;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A director's "recompute" on an installation with a Spark cluster configured: Spark's {@code local-cluster}, a real
 * master and two workers whose executors are JVMs of their own, reading the models' rows from the exchange directory.
 * Every model goes to the cluster, none is fitted in process, and the figures are those of the in-process fits.
 * <p>
 * And the loyalty models computed by the Spark module's job ({@code fr.fidele.spark.LoyaltyModelsJob}) on Spark's
 * local mode, reading this test's database by ranges of customers: the experience model and every retention model
 * with the same customers, departures and exposure counts as the application's in-process recomputation, and every
 * hazard ratio, interval and p-value within 1e-9 relative; and the dashboards' counts of the same read, equal to those
 * the application's scan counted, with the advisor contributions computed from them, the trends month by month and the value at stake's customers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "fidele.demo.load=true",
		"fidele.demo.customers=4000", "fidele.demo.seed=31", "fidele.demo.end-date=2026-11-01",
		"fidele.demo.password=cluster-only", "fidele.loyalty.refresh-on-start=false", "logging.level.io.zonky=WARN",
		"fidele.loyalty.cluster.master=local-cluster[2,1,1024]", "fidele.loyalty.cluster.spark-home=${fidele.spark.home}",
		"fidele.loyalty.cluster.job-jar=${fidele.spark.job-jar}", "fidele.loyalty.cluster.fit-timeout=5m",
		"fidele.voice.index-directory=target/voice-index" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class LoyaltyOnClusterTests {

	private static final String AS_OF = "2026-11-01";

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

	@Autowired
	ContactsInMemory contacts;

	@Autowired
	AdvisorNames names;

	@Autowired
	ServiceTrends trends;

	@Autowired
	ValueAtStakeAnalysis valueAtStake;

	@Autowired
	DataSource dataSource;

	@BeforeAll
	static void sparkIsBuilt() {
		SparkFitsTests.assumeSparkBuilt();
	}

	@Test
	void theDirectorsRecomputationFitsEveryModelOnTheClusterAndShowsTheInProcessFigures() {
		ApiClient director = new ApiClient(port, people.create(Role.DIRECTOR).token());

		assertThat(director.post("/api/loyalty/recompute?asOf=" + AS_OF, "").status()).isEqualTo(204);

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

	@Test
	void theJobReadsTheCaseFileByRangesOfCustomersAndFitsTheInProcessModels(@TempDir Path out) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		answeredCallsOfUnidentifiedCallers(jdbc);
		LoyaltyData data = reader.read(LocalDate.parse(AS_OF));
		ExperienceModel model = new ExperienceAnalysis(reader, inProcess(), clock).recompute(data);
		RetentionReport report = new ServiceRetention(reader, inProcess(), clock).recompute(data);

		// seven ranges on two cores: customers in every range, counts added up across them
		run(out, "7");

		assertThat(count(out, "experiences", "customers")).isEqualTo(model.customers());
		assertThat(count(out, "experiences", "departures")).isEqualTo(model.churned());
		assertThat(model.effects()).hasSizeGreaterThanOrEqualTo(5);
		assertSameEffects(effects(out, "experiences"), model.effects());

		assertThat(count(out, "contacted", "customers")).isEqualTo(report.customers());
		assertThat(count(out, "contacted", "departures")).isEqualTo(report.churned());
		List<Effect> onSpark = new ArrayList<>();
		for (String id : List.of("contacted", "naive", "channels", "reasons", "segment-RESIDENTIAL", "segment-PROFESSIONAL",
				"segment-PREMIUM")) {
			onSpark.addAll(effects(out, id));
		}
		List<Effect> inProcess = effects(report);
		assertThat(inProcess).hasSizeGreaterThanOrEqualTo(10);
		assertSameEffects(onSpark, inProcess);

		// the dashboards' counts of the same read, and the advisor contributions computed from its cells
		TallyCounts counted = contacts.counts(ContactFilter.NONE);
		TallyCounts tallied = TallyFile.read(out.resolve("dashboards.tally"));
		assertThat(sorted(tallied)).isEqualTo(sorted(counted));
		assertThat(counted.advisors()).hasSizeGreaterThan(100);
		assertThat(counted.advisors()).anyMatch(cell -> cell.churned() > 0).anyMatch(cell -> cell.cell() < 0);
		// every contact in its month, those of no customer too (the job's last slice)
		assertThat(tallied.months().values().stream().mapToLong(counters -> counters[0]).sum())
			.isEqualTo(jdbc.sql("select count(*) from contact_facts").query(Long.class).single());
		assertThat(counted.queues()).hasSizeGreaterThan(2);
		assertThat(counted.months()).hasSizeGreaterThan(12);
		// the whole service's trends: every month the application shows, the same line in the job's file
		List<ServiceTrends.Month> shown = trends.months(ContactFilter.NONE);
		// every month but the analysis date's (its first day) with contacts, customers and departures
		assertThat(shown).hasSize(ServiceTrends.DEFAULT_MONTHS)
			.filteredOn(month -> month.contacts() > 0 && month.customersAtStart() > 0 && month.departures() > 0)
			.hasSize(ServiceTrends.DEFAULT_MONTHS - 1);
		assertThat(Files.readAllLines(out.resolve("trends.tsv"))).containsSubsequence(shown.stream()
			.map(m -> String.join("\t", m.month().toString(), String.valueOf(m.contacts()), String.valueOf(m.requestsOpened()),
					String.valueOf(m.resolvedAtOnce()), String.valueOf(m.offered()), String.valueOf(m.abandoned()),
					String.valueOf(m.answeredCalls()), String.valueOf(m.hungUp()), String.valueOf(m.customersAtStart()),
					String.valueOf(m.departures())))
			.toList());
		// the value at stake's customers, which the application prices
		ValueAtStake stake = valueAtStake.recompute(data);
		assertThat(stake.unhappyCustomers()).isPositive();
		assertThat(stake.happyCustomers()).isPositive();
		assertThat(count(out, "value-at-stake", "unhappyCustomers")).isEqualTo(stake.unhappyCustomers());
		assertThat(count(out, "value-at-stake", "happyCustomers")).isEqualTo(stake.happyCustomers());
		List<AdvisorContribution> expected = AdvisorContributions.contributions(counted.advisors(), names.names());
		List<AdvisorContribution> actual = AdvisorContributions.contributions(tallied.advisors(), names.names());
		assertThat(actual).extracting(AdvisorContribution::advisorId, AdvisorContribution::contacts, AdvisorContribution::observed)
			.isEqualTo(expected.stream().map(a -> tuple(a.advisorId(), a.contacts(), a.observed())).toList());
		assertThat(expected).anyMatch(AdvisorContribution::enoughContacts);
		for (int i = 0; i < expected.size(); i++) {
			SparkFitsTests.assertClose("expected departures", actual.get(i).expected(), expected.get(i).expected());
			SparkFitsTests.assertClose("shrunk ratio", actual.get(i).ratio(), expected.get(i).ratio());
		}
	}

	/**
	 * Copies of a few answered calls, their legs too, as from callers no customer file was found for: the demo company
	 * has none, and the job reads them apart from every range of customers.
	 */
	private static void answeredCallsOfUnidentifiedCallers(JdbcClient jdbc) {
		String columns = jdbc.sql("""
				select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
				where table_schema = current_schema() and table_name = 'contact' and column_name not in ('id', 'customer_id', 'case_id')
				""").query(String.class).single();
		jdbc.sql("""
				with picked as (
				    select nextval('contact_id_seq') new_id, id old_id from contact where answered_at is not null order by id limit 5),
				copied as (
				    insert into contact (id, customer_id, case_id, %1$s)
				    select p.new_id, null, null, %2$s from picked p join contact c on c.id = p.old_id)
				insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at, ended_at, transfer_note)
				select p.new_id, l.contact_arrived_at, l.seq, l.advisor_id, l.started_at, l.ended_at, l.transfer_note
				from picked p join contact_leg l on l.contact_id = p.old_id
				""".formatted(columns, "c." + columns.replace(", ", ", c."))).update();
	}

	/**
	 * The counts in one order, months' counters as lists: a cluster adds its ranges' counts up in an order of its own.
	 */
	private static List<Object> sorted(TallyCounts counts) {
		Map<YearMonth, List<Long>> months = new TreeMap<>();
		counts.months().forEach((month, counters) -> months.put(month, Arrays.stream(counters).boxed().toList()));
		return List.of(
				counts.advisors().stream().sorted(Comparator.comparingLong(AdvisorCell::advisor).thenComparingInt(AdvisorCell::cell)).toList(),
				counts.queues().stream().sorted(Comparator.comparing(QueueCount::queue)).toList(), months);
	}

	/** The effects of the job's model {@code id}: its fit, read to the bit, and its counts; none when it was refused. */
	private static List<Effect> effects(Path out, String id) throws IOException {
		CoxResult fit;
		try {
			fit = CoxReply.read(out.resolve(id + CoxReply.SUFFIX));
		}
		catch (FitElsewhereException refused) {
			return List.of();
		}
		List<Effect> effects = new ArrayList<>();
		for (int c = 0; c < fit.terms().size(); c++) {
			String term = fit.terms().get(c);
			effects.add(new Effect(term, fit.hazardRatio(c), fit.hazardRatioLower(c, 0.95), fit.hazardRatioUpper(c, 0.95),
					fit.pValue(c), count(out, id, "exposed." + term), count(out, id, "exposedChurned." + term)));
		}
		return effects;
	}

	private static int count(Path out, String id, String key) throws IOException {
		Properties counts = new Properties();
		try (InputStream in = Files.newInputStream(out.resolve(id + ".counts"))) {
			counts.load(in);
		}
		return Integer.parseInt(counts.getProperty(key));
	}

	private void run(Path out, String ranges) throws IOException, InterruptedException {
		List<String> command = SparkSubmit.command(SparkFitsTests.SPARK_HOME, "local[2]",
				List.of("--conf", "spark.ui.enabled=false", "--conf", "spark.log.level=WARN"), "fr.fidele.spark.LoyaltyModelsJob",
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

	/** The models fitted in this test's process, whatever the application's settings. */
	private static CoxEffects inProcess() {
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
