package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import fr.fidele.FideleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The room a read reserves comes from the planner's estimate, as PostgreSQL's statistics give it. */
@FideleTest
class ReportingReadsTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theEstimateOfAQueryIsThePlannersRowsForItsTopNode() throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("create table estimate_test (id int8, kind int4)").update();
		try {
			jdbc.sql("insert into estimate_test select i, i % 4 from generate_series(1, 12000) i").update();
			// a table this small is sampled whole: its statistics hold every row, and a quarter of them for each kind
			jdbc.sql("analyze estimate_test").update();
			try (Connection connection = dataSource.getConnection()) {
				assertThat(ReportingReads.estimatedRows(connection, "select id from estimate_test")).isEqualTo(12_000);
				assertThat(ReportingReads.estimatedRows(connection, "select id from estimate_test where kind = 1")).isEqualTo(3_000);
				assertThat(ReportingReads.estimatedRows(connection, "select id from estimate_test where false")).isZero();
			}
		}
		finally {
			jdbc.sql("drop table estimate_test").update();
		}
	}
}
