package fr.fidele.casefile;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads the rows of a query with PostgreSQL's {@code COPY (query) TO STDOUT (FORMAT binary)}: millions of rows
 * stream several times faster than through a result set, whose every field is sent and parsed as text. The query
 * takes no bind parameters (COPY does not), so values must be written into it as literals (see {@link #literal}).
 * Fields are read in the order of the select list, one typed read per field.
 */
public final class BinaryCopyReader implements CopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
	/** Open addressing of the symbols met so far: their bytes and their String. */
	private static final int SYMBOLS = 1024;
	private static final long MICROS_1970_TO_2000 = 946_684_800_000_000L;

	private final PGCopyInputStream copy;
	// Fields are decoded from this buffer directly: a buffered stream would take a lock for every byte of every
	// length and number, hundreds of millions of times for ten million rows.
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private byte[] text = new byte[64];
	private final byte[][] symbolBytes = new byte[SYMBOLS][];
	private final String[] symbolStrings = new String[SYMBOLS];
	private int symbolCount;

	public BinaryCopyReader(Connection connection, String query) throws SQLException {
		this.copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
				"copy (" + query + ") to stdout (format binary)");
		ensure(SIGNATURE.length + 8);
		if (!Arrays.equals(buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
			throw new IllegalStateException("not a binary COPY stream");
		}
		position += SIGNATURE.length + 4;
		int extension = nextInt();
		ensure(extension);
		position += extension;
	}

	/** Moves to the next row; false after the last one. */
	@Override
	public boolean next() {
		if (!available(2)) {
			return false;
		}
		short fields = (short) (((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff));
		position += 2;
		return fields != -1;
	}

	/** A {@code bigint} field, or {@code ifNull}. */
	@Override
	public long int8(long ifNull) {
		return nextInt() < 0 ? ifNull : nextLong();
	}

	/** An {@code integer} field, or {@code ifNull}. */
	@Override
	public int int4(int ifNull) {
		return nextInt() < 0 ? ifNull : nextInt();
	}

	/**
	 * A {@code timestamptz} field as microseconds since 1970-01-01 UTC, or {@code ifNull}: the exact instant, for
	 * the caller to do its arithmetic in integers (PostgreSQL sends microseconds since 2000-01-01).
	 */
	@Override
	public long timestamp(long ifNull) {
		return nextInt() < 0 ? ifNull : nextLong() + MICROS_1970_TO_2000;
	}

	/** A {@code double precision} field, or {@code ifNull}. */
	@Override
	public double float8(double ifNull) {
		return nextInt() < 0 ? ifNull : Double.longBitsToDouble(nextLong());
	}

	/**
	 * A {@code text} field that takes few distinct values (a queue, a code), or null: the same String is returned
	 * for the same bytes, so that millions of rows neither allocate a String each nor hash one each.
	 */
	@Override
	public String symbol() {
		int length = nextInt();
		if (length < 0) {
			return null;
		}
		fill(length);
		int hash = 0x811c9dc5;
		for (int i = 0; i < length; i++) {
			hash = (hash ^ text[i]) * 0x01000193;
		}
		for (int probe = 0; probe < SYMBOLS; probe++) {
			int slot = (hash + probe) & (SYMBOLS - 1);
			byte[] known = symbolBytes[slot];
			if (known == null) {
				if (symbolCount >= SYMBOLS * 3 / 4) {
					break;
				}
				symbolBytes[slot] = Arrays.copyOf(text, length);
				symbolStrings[slot] = new String(text, 0, length, StandardCharsets.UTF_8);
				symbolCount++;
				return symbolStrings[slot];
			}
			if (Arrays.equals(known, 0, known.length, text, 0, length)) {
				return symbolStrings[slot];
			}
		}
		return new String(text, 0, length, StandardCharsets.UTF_8);
	}

	/** A {@code boolean} field; false when null. */
	@Override
	public boolean bool() {
		if (nextInt() < 0) {
			return false;
		}
		ensure(1);
		return buffer[position++] != 0;
	}

	/** A {@code boolean} field that may be null: {@link Boolean#TRUE}, {@link Boolean#FALSE} or null, never allocated. */
	@Override
	public Boolean nullableBool() {
		if (nextInt() < 0) {
			return null;
		}
		ensure(1);
		return buffer[position++] != 0;
	}

	/** A {@code text} field, or null. */
	@Override
	public String text() {
		int length = nextInt();
		if (length < 0) {
			return null;
		}
		fill(length);
		return new String(text, 0, length, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		try {
			// Closed before its end, the COPY is cancelled and the connection stays usable.
			copy.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A string as an SQL literal: an escape string ({@code E'...'}) with backslashes and quotes doubled, read the
	 * same whatever the server's {@code standard_conforming_strings}.
	 */
	public static String literal(String value) {
		if (value.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("a text value cannot hold a NUL character");
		}
		return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	/** Copies the next {@code length} bytes into {@link #text}, the buffer refilled as often as needed. */
	private void fill(int length) {
		if (length > text.length) {
			text = new byte[Math.max(length, text.length * 2)];
		}
		int copied = 0;
		while (copied < length) {
			ensure(1);
			int chunk = Math.min(length - copied, limit - position);
			System.arraycopy(buffer, position, text, copied, chunk);
			position += chunk;
			copied += chunk;
		}
	}

	private int nextInt() {
		ensure(4);
		int value = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16)
				| ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
		position += 4;
		return value;
	}

	private long nextLong() {
		long high = nextInt() & 0xffffffffL;
		return (high << 32) | (nextInt() & 0xffffffffL);
	}

	private void ensure(int bytes) {
		if (!available(bytes)) {
			throw new UncheckedIOException(new EOFException("the COPY stream ended inside a row"));
		}
	}

	/** Whether {@code bytes} more bytes are in the buffer, reading from the stream as needed (up to the buffer's size). */
	private boolean available(int bytes) {
		if (limit - position >= bytes) {
			return true;
		}
		System.arraycopy(buffer, position, buffer, 0, limit - position);
		limit -= position;
		position = 0;
		try {
			while (limit < bytes) {
				int read = copy.read(buffer, limit, buffer.length - limit);
				if (read < 0) {
					return false;
				}
				limit += read;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return true;
	}
}
