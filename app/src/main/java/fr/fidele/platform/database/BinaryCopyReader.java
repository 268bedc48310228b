package fr.fidele.platform.database;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
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
public final class BinaryCopyReader implements AutoCloseable {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
	private static final int BUFFER = 1 << 16;

	private final PGCopyInputStream copy;
	private final DataInputStream in;
	private byte[] text = new byte[64];
	/** Open addressing of the symbols met so far: their bytes and their String. */
	private static final int SYMBOLS = 1024;
	private final byte[][] symbolBytes = new byte[SYMBOLS][];
	private final String[] symbolStrings = new String[SYMBOLS];
	private int symbolCount;

	public BinaryCopyReader(Connection connection, String query) throws SQLException {
		this.copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
				"copy (" + query + ") to stdout (format binary)");
		this.in = new DataInputStream(new BufferedInputStream(copy, BUFFER));
		try {
			byte[] signature = new byte[SIGNATURE.length];
			in.readFully(signature);
			if (!Arrays.equals(signature, SIGNATURE)) {
				throw new IllegalStateException("not a binary COPY stream");
			}
			in.readInt();
			in.skipNBytes(in.readInt());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Moves to the next row; false after the last one. */
	public boolean next() {
		try {
			return in.readShort() != -1;
		}
		catch (EOFException e) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A {@code bigint} field, or {@code ifNull}. */
	public long int8(long ifNull) {
		return length() < 0 ? ifNull : read(() -> in.readLong());
	}

	/** An {@code integer} field, or {@code ifNull}. */
	public int int4(int ifNull) {
		return length() < 0 ? ifNull : (int) read(() -> in.readInt());
	}

	/** A {@code double precision} field, or {@code ifNull}. */
	public double float8(double ifNull) {
		return length() < 0 ? ifNull : Double.longBitsToDouble(read(() -> in.readLong()));
	}

	/**
	 * A {@code text} field that takes few distinct values (a queue, a code), or null: the same String is returned
	 * for the same bytes, so that millions of rows neither allocate a String each nor hash one each.
	 */
	public String symbol() {
		int length = length();
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
	public boolean bool() {
		return length() >= 0 && read(() -> in.readByte()) != 0;
	}

	/** A {@code text} field, or null. */
	public String text() {
		int length = length();
		if (length < 0) {
			return null;
		}
		fill(length);
		return new String(text, 0, length, StandardCharsets.UTF_8);
	}

	private void fill(int length) {
		if (length > text.length) {
			text = new byte[Math.max(length, text.length * 2)];
		}
		try {
			in.readFully(text, 0, length);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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

	private int length() {
		try {
			return in.readInt();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private long read(IoLong reader) {
		try {
			return reader.read();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A read that may fail. */
	private interface IoLong {
		long read() throws IOException;
	}
}
