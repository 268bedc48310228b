package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.fidele.FideleTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a read does with its other connections when things go wrong, on a pool of its own: no other connection to be
 * had is {@link SameSnapshot.Unavailable}, which the read goes on without (decision 38); after a failed read, a
 * connection whose COPY was cut off part-way is dropped, and the pool gives a new one instead of it.
 */
@FideleTest
class SameSnapshotTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aPoolWithNoConnectionFreeIsUnavailableAndTheReadsOwnConnectionStillAnswers() throws Exception {
		try (HikariDataSource pool = pool(1, 250); Connection first = pool.getConnection()) {
			begin(first);
			try (SameSnapshot snapshot = new SameSnapshot(pool, first)) {
				assertThatThrownBy(snapshot::another).isInstanceOf(SameSnapshot.Unavailable.class);

				assertThat(jdbc(first).sql("select count(*) from generate_series(1, 10)").query(Long.class).single()).isEqualTo(10);
			}
		}
	}

	@Test
	void afterAFailedReadAConnectionCutOffInACopyIsDroppedNotGivenBack() throws Exception {
		try (HikariDataSource pool = pool(2, 30_000); Connection first = pool.getConnection()) {
			begin(first);
			SameSnapshot snapshot = new SameSnapshot(pool, first);
			Connection other = snapshot.another();
			int backend = backendOf(other);
			// a COPY read part-way, then closed: pgjdbc cancels it without reading the rest of its replies
			try (InputStream copy = new PGCopyInputStream(other.unwrap(PGConnection.class),
					"copy (select g from generate_series(1, 2000000) g) to stdout (format binary)")) {
				assertThat(copy.readNBytes(64 * 1024)).hasSize(64 * 1024);
			}

			snapshot.abandon(new IllegalStateException("the read failed"));

			assertThat(other.isClosed()).isTrue();
			try (Connection next = pool.getConnection()) {
				assertThat(backendOf(next)).as("a new backend").isNotEqualTo(backend);
				assertThat(jdbc(next).sql("select 41 + 1").query(Integer.class).single()).isEqualTo(42);
			}
		}
	}

	/** A pool of its own, waiting {@code waitMillis} for a connection (250, the shortest Hikari allows: none free, at once). */
	private HikariDataSource pool(int size, long waitMillis) throws SQLException {
		HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(application.getJdbcUrl());
		pool.setUsername(application.getUsername());
		pool.setPassword(application.getPassword());
		pool.setMaximumPoolSize(size);
		pool.setConnectionTimeout(waitMillis);
		return pool;
	}

	/** As ReportingReads begins a read. */
	private static void begin(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
	}

	private static int backendOf(Connection connection) {
		return jdbc(connection).sql("select pg_backend_pid()").query(Integer.class).single();
	}

	private static JdbcClient jdbc(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}
}
