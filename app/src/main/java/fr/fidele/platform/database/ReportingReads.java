package fr.fidele.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Where the dashboards and exports read: a PostgreSQL read replica when one is configured, so that their scans of
 * millions of contacts do not compete with the live service's writes on the primary; the primary otherwise.
 * <p>
 * A read never sees less than what Fidèle had acknowledged when it began: it waits (up to
 * {@link ReplicaProperties#catchUpWait()}) until the replica has replayed the primary's log that far, and reads from
 * the primary when the replica lags longer or cannot be reached (see {@link ReplicaLink}). A director who records a
 * contact and opens a dashboard sees it counted, replica or not. A read the replica cancels half-way (its recovery
 * needed rows the read still saw, or it restarted) is read again from the primary.
 * <p>
 * Each read is one read-only transaction at {@code REPEATABLE READ}: all its queries see one snapshot.
 */
public final class ReportingReads implements AutoCloseable {

	/**
	 * What a read does on its connection. It may be run a second time, on the primary, when the replica cancels it:
	 * it keeps what it accumulates inside.
	 */
	@FunctionalInterface
	public interface Reading<T> {
		T read(Connection connection) throws SQLException;
	}

	/** A {@link Reading} that may open more connections on its snapshot, to read parts of it at once. */
	@FunctionalInterface
	public interface ReadingInParts<T> {
		T read(Connection connection, SameSnapshot snapshot) throws SQLException;
	}

	private static final int FETCH_SIZE = 10_000;
	/** The estimate of the plan's top node, the first in its JSON form. */
	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");
	private static final String METER = "fidele.database.reporting.reads";
	/** Recovery conflicts: a hot standby cancels a read whose rows the primary's log has since removed. */
	private static final String CONFLICT_WITH_RECOVERY = "40001";
	/** The server went away: shut down, crashed, or the connection broke. */
	private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03", "08006", "08003", "08001");
	private static final Logger log = LoggerFactory.getLogger(ReportingReads.class);

	private final DataSource primary;
	private final ReplicaLink replica;
	private final Counter noReplica;
	private final Counter cancelled;

	private ReportingReads(DataSource primary, ReplicaLink replica, MeterRegistry meters) {
		this.primary = primary;
		this.replica = replica;
		this.noReplica = counter(meters, "primary", "no-replica");
		this.cancelled = counter(meters, "primary", "replica-cancelled");
	}

	/** Reads from {@code primary} alone, or from the replica {@code properties} name when they name one. */
	public static ReportingReads of(DataSource primary, ReplicaProperties properties, MeterRegistry meters) {
		return new ReportingReads(primary, properties.configured() ? new ReplicaLink(properties, meters) : null, meters);
	}

	/** Runs {@code reading} in one read-only transaction, on the replica when it has caught up, else on the primary. */
	public <T> T read(Reading<T> reading) {
		return readInParts((connection, snapshot) -> reading.read(connection));
	}

	/** As {@link #read(Reading)}, the reading free to open more connections on its snapshot, on the same server. */
	public <T> T readInParts(ReadingInParts<T> reading) {
		try {
			Connection standby = standby();
			if (standby != null) {
				try {
					return readOn(standby, replica.source(), reading);
				}
				catch (SQLException | RuntimeException e) {
					String state = sqlState(e);
					if (!CONFLICT_WITH_RECOVERY.equals(state) && !SERVER_GONE.contains(state)) {
						throw e;
					}
					cancelled.increment();
					if (SERVER_GONE.contains(state)) {
						replica.failedDuringRead(new SQLException(e.getMessage(), state, e));
					}
					else {
						log.info("The read replica cancelled a read (conflict with its recovery): reading it from the primary");
					}
				}
			}
			return readOn(primary.getConnection(), primary, reading);
		}
		catch (SQLException e) {
			throw new SQLStateSQLExceptionTranslator().translate("reporting read", null, e);
		}
	}

	/** A client on a read's connection, fetching {@value #FETCH_SIZE} rows at a time through a cursor. */
	public static JdbcClient jdbc(Connection connection) {
		JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		template.setFetchSize(FETCH_SIZE);
		return JdbcClient.create(template);
	}

	/**
	 * How many rows the planner expects {@code query} to return, from the statistics PostgreSQL keeps (0 when it
	 * expects none): room to reserve before a read, not a count.
	 */
	public static long estimatedRows(Connection connection, String query) {
		String plan = jdbc(connection).sql("explain (format json) " + query).query(String.class).single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : 0;
	}

	/** True when a replica is configured (whether or not it is up). */
	public boolean replicated() {
		return replica != null;
	}

	@Override
	public void close() {
		if (replica != null) {
			replica.close();
		}
	}

	static Counter counter(MeterRegistry meters, String source, String reason) {
		return Counter.builder(METER).description("Reads of the dashboards and exports, by where they were served")
			.tag("source", source).tag("reason", reason).register(meters);
	}

	private Connection standby() throws SQLException {
		if (replica == null) {
			noReplica.increment();
			return null;
		}
		return replica.caughtUpWith(primary);
	}

	private static <T> T readOn(Connection connection, DataSource source, ReadingInParts<T> reading) throws SQLException {
		try (connection; SameSnapshot snapshot = new SameSnapshot(source, connection)) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				T result = reading.read(connection, snapshot);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException e) {
				// dropped, not given back: a failed read may have cut a COPY off part-way, which leaves its connection
				// out of step with the server (the driver does not read the rest of it)
				snapshot.abandon(e);
				abandon(connection, e);
				throw e;
			}
		}
	}

	private static void abandon(Connection connection, Exception failure) {
		try {
			connection.abort(Runnable::run);
		}
		catch (SQLException e) {
			failure.addSuppressed(e);
		}
	}

	/** The SQL state of the first SQL exception among {@code e} and its causes (a COPY stream wraps it), or null. */
	private static String sqlState(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
