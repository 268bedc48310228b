package fr.fidele.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * More connections on the snapshot of a read's transaction, for the database to read several parts of it at once on
 * as many backends (PostgreSQL's exported snapshots, as {@code pg_dump --jobs} uses them; a hot standby exports them
 * too): each sees exactly what the read's own connection sees, whatever is committed meanwhile. They are read-only,
 * from the same server, and ended with the read.
 */
public final class SameSnapshot implements AutoCloseable {

	/** No other connection could be had on the snapshot (the pool busy, another server): the read can go on without. */
	public static final class Unavailable extends SQLException {

		private static final long serialVersionUID = 1L;

		Unavailable(SQLException cause) {
			super("no other connection on the read's snapshot: " + cause.getMessage(), cause.getSQLState(), cause);
		}
	}

	private static final Logger log = LoggerFactory.getLogger(SameSnapshot.class);
	/** What {@code pg_export_snapshot()} answers, e.g. {@code 00000003-0000001B-1}: inlined in a command, so checked. */
	private static final Pattern EXPORTED = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");

	private final DataSource source;
	private final Connection first;
	private final List<Connection> opened = new ArrayList<>();
	private String exported;

	SameSnapshot(DataSource source, Connection first) {
		this.source = source;
		this.first = first;
	}

	/**
	 * A connection in a read-only transaction on the read's snapshot; the read ends it. A failure of the read's own
	 * connection (the export) is thrown as it is; one of the other connection as {@link Unavailable}.
	 */
	public Connection another() throws SQLException {
		if (exported == null) {
			try (Statement statement = first.createStatement(); var result = statement.executeQuery("select pg_export_snapshot()")) {
				result.next();
				exported = result.getString(1);
			}
			if (!EXPORTED.matcher(exported).matches()) {
				throw new SQLException("unexpected snapshot name: " + exported);
			}
		}
		Connection connection;
		try {
			connection = source.getConnection();
		}
		catch (SQLException e) {
			throw new Unavailable(e);
		}
		opened.add(connection);
		try {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try (Statement statement = connection.createStatement()) {
				// the transaction's first command: it takes the snapshot before any query would take one of its own
				statement.execute("set transaction snapshot '" + exported + "'");
			}
		}
		catch (SQLException e) {
			throw new Unavailable(e);
		}
		return connection;
	}

	/**
	 * After a failed read: every connection opened is dropped, not given back. A COPY cut off part-way leaves its
	 * connection out of step with the server (the driver does not read the rest of it), unfit for the next read.
	 */
	void abandon(Exception failure) {
		for (Connection connection : opened) {
			try (connection) {
				connection.abort(Runnable::run);
			}
			catch (SQLException e) {
				failure.addSuppressed(e);
			}
		}
		opened.clear();
	}

	/** Ends every connection opened and gives it back; a failure to do so is logged, the read being done. */
	@Override
	public void close() {
		for (Connection connection : opened) {
			try (connection) {
				connection.rollback();
			}
			catch (SQLException e) {
				log.warn("A reporting read's other connection could not be ended: {}", e.getMessage());
			}
		}
		opened.clear();
	}
}
