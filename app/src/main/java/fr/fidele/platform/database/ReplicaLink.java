package fr.fidele.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections to the read replica, each given only once the replica has replayed the primary's log as far as
 * the primary had written it when the read began; the replica set aside for a while after it lagged or failed.
 */
final class ReplicaLink implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(20);
	private static final Logger log = LoggerFactory.getLogger(ReplicaLink.class);

	private final HikariDataSource pool;
	private final Duration catchUpWait;
	private final Duration setAside;
	private final Counter caughtUp;
	private final Counter lagging;
	private final Counter unreachable;
	/** Why the replica is set aside (null while it serves), and until when. */
	private volatile Counter setAsideFor;
	private volatile long setAsideUntil;

	ReplicaLink(ReplicaProperties properties, MeterRegistry meters) {
		this.pool = pool(properties, meters);
		this.catchUpWait = properties.catchUpWait();
		this.setAside = properties.setAside();
		this.caughtUp = ReportingReads.counter(meters, "replica", "caught-up");
		this.lagging = ReportingReads.counter(meters, "primary", "replica-lagging");
		this.unreachable = ReportingReads.counter(meters, "primary", "replica-unreachable");
	}

	/** A connection to the replica once it holds all that {@code primary} had written, or null: read from the primary. */
	Connection caughtUpWith(DataSource primary) throws SQLException {
		Counter reason = setAsideFor;
		if (reason != null && System.nanoTime() - setAsideUntil < 0) {
			reason.increment();
			return null;
		}
		String position = position(primary);
		Connection standby;
		try {
			standby = pool.getConnection();
		}
		catch (SQLException e) {
			fellShort(unreachable, "cannot be reached (" + e.getMessage() + ")");
			return null;
		}
		try {
			if (replayed(standby, position)) {
				if (setAsideFor != null) {
					log.info("The read replica has caught up: dashboards read from it again");
					setAsideFor = null;
				}
				caughtUp.increment();
				return standby;
			}
			fellShort(lagging, "has not replayed the primary's position " + position + " within " + catchUpWait
					+ " (is it a standby of this primary?)");
		}
		catch (SQLException e) {
			fellShort(unreachable, "failed (" + e.getMessage() + ")");
		}
		standby.close();
		return null;
	}

	/** The replica stopped in the middle of a read (restarted, crashed, out of reach). */
	void failedDuringRead(SQLException e) {
		setAsideFor = null;
		fellShort(unreachable, "failed during a read (" + e.getMessage() + ")");
	}

	@Override
	public void close() {
		pool.close();
	}

	/**
	 * Where the primary inserts into its log now: past every commit record, also those of asynchronous commits not
	 * yet written out (its write position, {@code pg_current_wal_lsn()}, may still be short of them).
	 */
	private static String position(DataSource primary) throws SQLException {
		try (Connection connection = primary.getConnection();
				PreparedStatement statement = connection.prepareStatement("select pg_current_wal_insert_lsn()::text");
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getString(1);
		}
	}

	private boolean replayed(Connection standby, String position) throws SQLException {
		long deadline = System.nanoTime() + catchUpWait.toNanos();
		try (PreparedStatement replayed = standby
			.prepareStatement("select coalesce(pg_last_wal_replay_lsn() >= cast(? as pg_lsn), false)")) {
			replayed.setString(1, position);
			while (true) {
				try (ResultSet rows = replayed.executeQuery()) {
					rows.next();
					if (rows.getBoolean(1)) {
						return true;
					}
				}
				if (System.nanoTime() - deadline > 0) {
					return false;
				}
				pause();
			}
		}
	}

	/** Counts the read that goes to the primary and sets the replica aside, saying why the first time. */
	private void fellShort(Counter reason, String why) {
		reason.increment();
		if (setAsideFor == null) {
			log.warn("The read replica {}: dashboards read from the primary for the next {}", why, setAside);
		}
		setAsideUntil = System.nanoTime() + setAside.toNanos();
		setAsideFor = reason;
	}

	private static void pause() {
		try {
			TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the read replica", e);
		}
	}

	private static HikariDataSource pool(ReplicaProperties properties, MeterRegistry meters) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(properties.url());
		pool.setUsername(properties.username());
		pool.setPassword(properties.password());
		pool.setPoolName("fidele-replica");
		pool.setMaximumPoolSize(properties.poolSize());
		pool.setMinimumIdle(1);
		pool.setReadOnly(true);
		// a replica that is down costs one dashboard this long, then is set aside
		pool.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
		// Fidèle starts without its replica: reads go to the primary until it answers
		pool.setInitializationFailTimeout(-1);
		pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
		return pool;
	}
}
