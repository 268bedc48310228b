package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import fr.fidele.FideleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The room a read reserves comes from the planner's estimate, as PostgreSQL's statistics give it; a read's other
 * connections see its snapshot.
 */
@FideleTest
class ReportingReadsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	ReportingReads reporting;

	@Test
	void anotherConnectionOfAReadSeesItsSnapshotNotWhatWasCommittedSince() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		String[] seen = reporting.readInParts((connection, snapshot) -> {
			String first = snapshotOf(connection);
			// a transaction committed after the read began: a connection of its own sees it ended
			jdbc.sql("select txid_current()").query(Long.class).single();
			String fresh;
			try (Connection other = dataSource.getConnection()) {
				fresh = snapshotOf(other);
			}
			Connection another = snapshot.another();
			return new String[] { first, fresh, snapshotOf(another), JdbcClient.create(new SingleConnectionDataSource(another, true))
				.sql("show transaction_read_only").query(String.class).single() };
		});

		assertThat(seen[1]).as("a connection of its own").isNotEqualTo(seen[0]);
		assertThat(seen[2]).as("another connection of the read").isEqualTo(seen[0]);
		assertThat(seen[3]).as("read-only").isEqualTo("on");
	}

	private static String snapshotOf(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("select pg_current_snapshot()::text")) {
			result.next();
			return result.getString(1);
		}
	}

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
