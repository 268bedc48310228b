package fr.fidele.platform.database;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format): the
 * fastest way to load millions of rows, an order of magnitude above batched inserts. Rows are
 * buffered and nothing is visible until {@link #finish()}; {@link #abort()} discards them all.
 */
public final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 16;

	private final CopyIn copy;
	private final StringBuilder row = new StringBuilder(256);
	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
	private boolean firstField = true;
	private long rows;

	public CopyStream(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin");
	}

	public CopyStream add(String value) {
		separator();
		if (value == null) {
			row.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
		return this;
	}

	public CopyStream add(long value) {
		separator();
		row.append(value);
		return this;
	}

	public CopyStream add(Long value) {
		return value == null ? add((String) null) : add(value.longValue());
	}

	public CopyStream add(boolean value) {
		separator();
		row.append(value ? 't' : 'f');
		return this;
	}

	public CopyStream add(Boolean value) {
		return value == null ? add((String) null) : add(value.booleanValue());
	}

	public CopyStream add(Instant value) {
		return add(value == null ? null : value.toString());
	}

	public CopyStream add(LocalDate value) {
		return add(value == null ? null : value.toString());
	}

	public CopyStream add(BigDecimal value) {
		return add(value == null ? null : value.toPlainString());
	}

	/** Ends the current row. */
	public void endRow() throws SQLException {
		buffer.append(row).append('\n');
		row.setLength(0);
		firstField = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	public long rows() {
		return rows;
	}

	/** Sends what is left and commits the copy; returns the number of rows the server stored. */
	public long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	public void abort() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

	@Override
	public void close() throws SQLException {
		abort();
	}

	private void separator() {
		if (!firstField) {
			row.append('\t');
		}
		firstField = false;
	}

	private void flush() throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}
}
