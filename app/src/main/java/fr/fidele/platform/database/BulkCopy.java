package fr.fidele.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables one module loads by the million (a generated demo company, a migration), each with its own {@code COPY}
 * on its own connection so that the server ingests them in parallel while one thread produces the rows. Foreign keys
 * are not checked during the load ({@code session_replication_role = replica}, which needs a superuser): the caller
 * gives rows consistent by construction, and tables fill in no particular order. Nothing is visible until
 * {@link #finish()}; closing before it discards every row. Closing gives the connections back to the pool with the
 * checks and triggers on again.
 */
public final class BulkCopy implements AutoCloseable {

	private final DataSource dataSource;
	private final List<Connection> connections = new ArrayList<>();
	private final List<CopyStream> streams = new ArrayList<>();
	private final List<String> tables = new ArrayList<>();

	public BulkCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Opens the copy of one table's columns (in the order the rows give them). */
	public CopyStream table(String table, String columns) throws SQLException {
		Connection connection = dataSource.getConnection();
		connections.add(connection);
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
		}
		CopyStream stream = new CopyStream(connection, table, columns);
		streams.add(stream);
		tables.add(table);
		return stream;
	}

	/** The first id free in a table whose ids the caller assigns (see {@link #finish()} for its sequence). */
	public static long firstFreeId(JdbcClient jdbc, String table) {
		return jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
	}

	/**
	 * Commits every table's copy, moves the sequences of the tables with generated ids past the ids the caller gave,
	 * and gathers the planner's statistics on what was loaded.
	 */
	public void finish(JdbcClient jdbc, String... tablesWithSequences) throws SQLException {
		for (CopyStream stream : streams) {
			stream.finish();
		}
		for (String table : tablesWithSequences) {
			// an empty table's sequence starts again at 1 (setval to null would fail the load)
			jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 1), max(id) is not null) from " + table)
				.query(Long.class).single();
		}
		for (String table : tables) {
			jdbc.sql("analyze " + table).update();
		}
	}

	@Override
	public void close() throws SQLException {
		SQLException failure = null;
		for (CopyStream stream : streams) {
			try {
				stream.abort();
			}
			catch (SQLException e) {
				failure = e;
			}
		}
		for (Connection connection : connections) {
			// The connection goes back to the pool: it must check foreign keys and fire triggers again there.
			try (Statement statement = connection.createStatement()) {
				statement.execute("reset session_replication_role");
			}
			catch (SQLException e) {
				failure = e;
			}
			connection.close();
		}
		if (failure != null) {
			throw failure;
		}
	}
}
