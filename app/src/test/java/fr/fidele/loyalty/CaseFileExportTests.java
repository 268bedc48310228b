package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.LoyaltyModel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Spark module's Parquet export of the case file ({@code fr.fidele.spark.CaseFileExport}), read by the loyalty
 * job in place of the database: every figure the job writes is the one it writes reading the database, on the demo
 * company of {@link LoyaltyModelsJobTests}.
 */
@ClusterDemoTest
class CaseFileExportTests {

	private static final String JOB = "fr.fidele.spark.LoyaltyModelsJob";

	@Autowired
	DataSource dataSource;

	@Autowired
	Reasons reasons;

	@Autowired
	Clock clock;

	@BeforeAll
	static void sparkIsBuilt() {
		SparkFitsTests.assumeSparkBuilt();
	}

	@Test
	void theJobReadsTheParquetExportAsItReadsTheDatabase(@TempDir Path work) throws Exception {
		String database = ClusterRecompute.databaseUrl("", dataSource);
		String zone = ZoneId.systemDefault().getId();
		Path export = work.resolve("export");
		Path fromDatabase = work.resolve("from-database");
		Path fromExport = work.resolve("from-export");

		SparkRuns.run(work.resolve("export.log"), "fr.fidele.spark.CaseFileExport", List.of(database, export.toString(), "5"));
		SparkRuns.run(work.resolve("database.log"), JOB, List.of(database, ClusterDemoTest.AS_OF, zone, fromDatabase.toString(), "5"));
		// the ranges are the export's: the job's own count of them is not used
		SparkRuns.run(work.resolve("parquet.log"), JOB, List.of(export.toString(), ClusterDemoTest.AS_OF, zone, fromExport.toString(), "2"));

		// five ranges of customers and the contacts of no customer, a Parquet file of each table for each
		assertThat(Files.readAllLines(export.resolve("ranges.tsv"))).hasSize(6);
		for (String table : List.of("customers", "answers", "cases", "contacts")) {
			try (Stream<Path> files = Files.list(export.resolve(table))) {
				assertThat(files.filter(f -> f.toString().endsWith(".parquet"))).hasSize(6);
			}
		}
		JobOutputs parquet = new JobOutputs(fromExport);
		JobOutputs postgres = new JobOutputs(fromDatabase);
		ExperienceModel model = postgres.experienceModel(clock.instant());
		assertThat(model.effects()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(parquet.experienceModel(clock.instant())).usingRecursiveComparison().ignoringFields("computedAt").isEqualTo(model);
		List<LoyaltyModel> retention = LoyaltyModel
			.retention(Exposure.ofTheLoyaltyModels(reasons.all().stream().map(Reason::code).toList()));
		RetentionReport report = postgres.retentionReport(retention, clock.instant());
		assertThat(LoyaltyOnClusterTests.effects(report)).hasSizeGreaterThanOrEqualTo(10);
		assertThat(report.landmark().contacted().days()).hasSizeGreaterThan(10);
		assertThat(parquet.retentionReport(retention, clock.instant())).usingRecursiveComparison()
			.ignoringFields("computedAt").isEqualTo(report);
		assertThat(LoyaltyModelsJobTests.sorted(parquet.tally())).isEqualTo(LoyaltyModelsJobTests.sorted(postgres.tally()));
		assertThat(postgres.tally().advisors()).hasSizeGreaterThan(100);
		YearMonth last = YearMonth.from(LocalDate.parse(ClusterDemoTest.AS_OF));
		assertThat(parquet.trends(last.minusMonths(23), last)).isEqualTo(postgres.trends(last.minusMonths(23), last));
		assertThat(parquet.valueAtStakeCustomers()).containsExactly(postgres.valueAtStakeCustomers()).doesNotContain(0L);
		ServiceReport measures = postgres.serviceReport(clock.instant());
		assertThat(measures.firstContactResolution().denominator()).isPositive();
		assertThat(parquet.serviceReport(clock.instant())).usingRecursiveComparison().ignoringFields("computedAt").isEqualTo(measures);
		assertThat(parquet.channelFigures()).isEqualTo(postgres.channelFigures())
			.anyMatch(channel -> channel.resolutionMedian() != null);
		LocalDate asOf = LocalDate.parse(ClusterDemoTest.AS_OF);
		assertThat(parquet.recentContacts(asOf)).usingRecursiveComparison().isEqualTo(postgres.recentContacts(asOf));
		assertThat(postgres.recentContacts(asOf).customers().ids()).isNotEmpty();
	}
}
