package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import fr.fidele.casefile.JobExchange;
import fr.fidele.casefile.LoyaltyModel;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.TallyCounts.AdvisorCell;
import fr.fidele.casefile.TallyCounts.QueueCount;
import fr.fidele.casefile.TallyFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The loyalty figures computed by the Spark module's job ({@code fr.fidele.spark.LoyaltyModelsJob}) on Spark's local
 * mode, reading this test's database by ranges of customers, against the application's in-process recomputation: the
 * experience model and every retention model with the same customers, departures and exposure counts, and every
 * hazard ratio, interval and p-value within 1e-9 relative; the dashboards' counts equal to those the application's
 * scan counted, with the advisor contributions computed from them; the trends month by month; the value at stake's
 * customers; and the landmark curves of the retention report to the bit. It shares its context and demo company with
 * {@link LoyaltyOnClusterTests}.
 */
@ClusterDemoTest
class LoyaltyModelsJobTests {

	private static final String AS_OF = ClusterDemoTest.AS_OF;

	@Autowired
	LoyaltyDataReader reader;

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
	void theJobReadsTheCaseFileByRangesOfCustomersAndFitsTheInProcessModels(@TempDir Path out) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		answeredCallsOfUnidentifiedCallers(jdbc);
		LoyaltyData data = reader.read(LocalDate.parse(AS_OF));
		ExperienceModel model = new ExperienceAnalysis(reader, LoyaltyOnClusterTests.inProcess(), clock).recompute(data);
		RetentionReport report = new ServiceRetention(reader, LoyaltyOnClusterTests.inProcess(), clock).recompute(data);

		// seven ranges on two cores: customers in every range, counts added up across them
		SparkRuns.run(out.resolve("job.log"), "fr.fidele.spark.LoyaltyModelsJob",
				List.of(ClusterRecompute.databaseUrl("", dataSource), AS_OF, ZoneId.systemDefault().getId(), out.toString(), "7"));

		JobOutputs job = new JobOutputs(out);
		ExperienceModel onSpark = job.experienceModel(clock.instant());
		assertThat(onSpark.customers()).isEqualTo(model.customers());
		assertThat(onSpark.churned()).isEqualTo(model.churned());
		assertThat(model.effects()).hasSizeGreaterThanOrEqualTo(5);
		LoyaltyOnClusterTests.assertSameEffects(onSpark.effects(), model.effects());

		RetentionReport reportOnSpark = job.retentionReport(LoyaltyModel.retention(data.exposures()), clock.instant());
		assertThat(reportOnSpark.customers()).isEqualTo(report.customers());
		assertThat(reportOnSpark.churned()).isEqualTo(report.churned());
		List<Effect> inProcess = LoyaltyOnClusterTests.effects(report);
		assertThat(inProcess).hasSizeGreaterThanOrEqualTo(10);
		LoyaltyOnClusterTests.assertSameEffects(LoyaltyOnClusterTests.effects(reportOnSpark), inProcess);

		// the landmark curves: every point the report draws, to the bit, and each group's customers and departures
		List<String> landmark = Files.readAllLines(out.resolve(JobExchange.LANDMARK));
		for (SurvivalPoints group : List.of(report.landmark().contacted(), report.landmark().notContacted())) {
			assertThat(group.days()).hasSizeGreaterThan(10);
			assertThat(landmark).contains(String.join("\t", "curve", group.group(), String.valueOf(group.customers()),
					String.valueOf(group.churned())));
			for (int k = 0; k < group.days().length; k++) {
				assertThat(landmark).contains(String.join("\t", "point", group.group(), Double.toHexString(group.days()[k]),
						Double.toHexString(group.survival()[k]), Double.toHexString(group.lower()[k]),
						Double.toHexString(group.upper()[k])));
			}
		}

		// the dashboards' counts of the same read, and the advisor contributions computed from its cells
		TallyCounts counted = contacts.counts(ContactFilter.NONE);
		TallyCounts tallied = TallyFile.read(out.resolve(JobExchange.TALLY));
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
		assertThat(Files.readAllLines(out.resolve(JobExchange.TRENDS))).containsSubsequence(shown.stream()
			.map(m -> String.join("\t", m.month().toString(), String.valueOf(m.contacts()), String.valueOf(m.requestsOpened()),
					String.valueOf(m.resolvedAtOnce()), String.valueOf(m.offered()), String.valueOf(m.abandoned()),
					String.valueOf(m.answeredCalls()), String.valueOf(m.hungUp()), String.valueOf(m.customersAtStart()),
					String.valueOf(m.departures())))
			.toList());
		// the value at stake's customers, which the application prices
		ValueAtStake stake = valueAtStake.recompute(data);
		assertThat(stake.unhappyCustomers()).isPositive();
		assertThat(stake.happyCustomers()).isPositive();
		assertThat(job.valueAtStakeCustomers()).containsExactly(stake.unhappyCustomers(), stake.happyCustomers());
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
	static List<Object> sorted(TallyCounts counts) {
		Map<YearMonth, List<Long>> months = new TreeMap<>();
		counts.months().forEach((month, counters) -> months.put(month, Arrays.stream(counters).boxed().toList()));
		return List.of(
				counts.advisors().stream().sorted(Comparator.comparingLong(AdvisorCell::advisor).thenComparingInt(AdvisorCell::cell)).toList(),
				counts.queues().stream().sorted(Comparator.comparing(QueueCount::queue)).toList(), months);
	}
}
