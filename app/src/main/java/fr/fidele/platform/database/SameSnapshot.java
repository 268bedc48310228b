package fr.fidele.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * More connections on the snapshot of a read's transaction, for the database to read several parts of it at once on
 * as many backends (PostgreSQL's exported snapshots, as {@code pg_dump --jobs} uses them; a hot standby exports them
 * too): each sees exactly what the read's own connection sees, whatever is committed meanwhile. They are read-only,
 * from the same server, and closed with the read.
 */
public final class SameSnapshot implements AutoCloseable {

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

	/** A connection in a read-only transaction on the read's snapshot; the read closes it. */
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
		Connection connection = source.getConnection();
		opened.add(connection);
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try (Statement statement = connection.createStatement()) {
			// the transaction's first command: it takes the snapshot before any query would take one of its own
			statement.execute("set transaction snapshot '" + exported + "'");
		}
		return connection;
	}

	/** Ends and gives back every connection opened (a read-only transaction has nothing to keep). */
	@Override
	public void close() throws SQLException {
		SQLException failure = null;
		for (Connection connection : opened) {
			try (connection) {
				connection.rollback();
			}
			catch (SQLException e) {
				if (failure == null) {
					failure = e;
				}
				else {
					failure.addSuppressed(e);
				}
			}
		}
		opened.clear();
		if (failure != null) {
			throw failure;
		}
	}
}
