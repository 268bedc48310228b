package fr.fidele.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections to the read replica, each given only once the replica has replayed the primary's log as far as
 * the primary had written it when the read began; the replica set aside for a while after it lagged or failed, and
 * for good when it turns out to be a copy of another database cluster.
 */
final class ReplicaLink implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final String CLUSTER = "select system_identifier::text from pg_control_system()";
    private static final Logger log = LoggerFactory.getLogger(ReplicaLink.class);

    /** Why the replica is set aside, and until when (System.nanoTime()). */
    private record SetAside(Counter reason, String why, long until) {
    }

    private final HikariDataSource pool;
    private final Duration catchUpWait;
    private final Duration setAside;
    private final Counter caughtUp;
    private final Counter lagging;
    private final Counter unreachable;
    private final Counter busy;
    private final Counter foreign;
    /** Null while the replica serves. */
    private final AtomicReference<SetAside> state = new AtomicReference<>();
    /** Whether the replica's cluster was checked to be the primary's (null: not yet). */
    private volatile Boolean sameCluster;

    ReplicaLink(ReplicaProperties properties, MeterRegistry meters) {
        this.pool = pool(properties, meters);
        this.catchUpWait = properties.catchUpWait();
        this.setAside = properties.setAside();
        this.caughtUp = ReportingReads.counter(meters, "replica", "caught-up");
        this.lagging = ReportingReads.counter(meters, "primary", "replica-lagging");
        this.unreachable = ReportingReads.counter(meters, "primary", "replica-unreachable");
        this.busy = ReportingReads.counter(meters, "primary", "replica-busy");
        this.foreign = ReportingReads.counter(meters, "primary", "replica-of-another-cluster");
    }

    /** The replica's pool, for more connections on a read's snapshot ({@link SameSnapshot}). */
    DataSource source() {
        return pool;
    }

    /** A connection to the replica once it holds all that {@code primary} had written, or null: read from the primary. */
    Connection caughtUpWith(DataSource primary) throws SQLException {
        if (Boolean.FALSE.equals(sameCluster)) {
            foreign.increment();
            return null;
        }
        SetAside before = state.get();
        if (before != null && System.nanoTime() - before.until() < 0) {
            before.reason().increment();
            return null;
        }
        String position = position(primary);
        Connection standby;
        try {
            standby = pool.getConnection();
        }
        catch (SQLException e) {
            if (e.getCause() == null) {
                // every connection is in use: the replica is busy, not gone; this read goes to the primary alone
                busy.increment();
                return null;
            }
            fellShort(unreachable, "cannot be reached (" + e.getMessage() + ")");
            return null;
        }
        boolean handedOver = false;
        try {
            if (!sameClusterAs(primary, standby)) {
                foreign.increment();
                return null;
            }
            if (replayed(standby, position)) {
                if (before != null && state.compareAndSet(before, null)) {
                    log.info("The read replica has caught up: dashboards read from it again");
                }
                caughtUp.increment();
                handedOver = true;
                return standby;
            }
            fellShort(lagging, "has not replayed the primary's position " + position + " within " + catchUpWait
                    + " (is it a standby of this primary?)");
            return null;
        }
        catch (SQLException e) {
            fellShort(unreachable, "failed (" + e.getMessage() + ")");
            return null;
        }
        finally {
            if (!handedOver) {
                standby.close();
            }
        }
    }

    /** The replica stopped in the middle of a read (restarted, crashed, out of reach). */
    void failedDuringRead(SQLException e) {
        fellShort(unreachable, "failed during a read (" + e.getMessage() + ")");
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * Once: whether the replica is a copy of the primary's cluster. A standby of another cluster replays a log too,
     * and its positions say nothing of this primary's. Without the right to read the identifiers, it is assumed.
     */
    private boolean sameClusterAs(DataSource primary, Connection standby) {
        Boolean known = sameCluster;
        if (known != null) {
            return known;
        }
        try (Connection connection = primary.getConnection()) {
            boolean same = identifier(connection).equals(identifier(standby));
            if (!same) {
                log.error("The read replica is a copy of another database cluster than the primary: it is never read");
            }
            sameCluster = same;
            return same;
        }
        catch (SQLException e) {
            log.warn("Cannot compare the read replica's cluster with the primary's ({}): assumed the same", e.getMessage());
            sameCluster = true;
            return true;
        }
    }

    private static String identifier(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLUSTER); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
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

    /** Counts the read that goes to the primary and sets the replica aside, saying why when the reason changes. */
    private void fellShort(Counter reason, String why) {
        reason.increment();
        SetAside previous = state.getAndSet(new SetAside(reason, why, System.nanoTime() + setAside.toNanos()));
        if (previous == null || previous.reason() != reason) {
            log.warn("The read replica {}: dashboards read from the primary for the next {}", why, setAside);
        }
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
