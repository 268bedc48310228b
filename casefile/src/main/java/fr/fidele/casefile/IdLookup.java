package fr.fidele.casefile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Values by id, from a query of two columns: a {@code bigint} id, a {@code bigint} or {@code timestamptz} value
 * (in microseconds since the epoch, as {@link BinaryCopyReader#timestamp} reads it).
 */
public record IdLookup(IdIndex index, long[] values) {

	public static final IdLookup EMPTY = new IdLookup(IdIndex.of(new long[0], 0), new long[0]);

	public static IdLookup read(Connection connection, boolean instants, String sql) throws SQLException {
		try (BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
			return read(rows, instants);
		}
	}

	/** The values of {@code rows}, which the caller closes. */
	public static IdLookup read(CopyRows rows, boolean instants) {
		long[] ids = new long[1024];
		long[] values = new long[1024];
		int size = 0;
		while (rows.next()) {
			if (size == ids.length) {
				ids = Arrays.copyOf(ids, size * 2);
				values = Arrays.copyOf(values, size * 2);
			}
			ids[size] = rows.int8(ContactRow.NONE);
			values[size] = instants ? rows.timestamp(ContactRow.NONE) : rows.int8(ContactRow.NONE);
			size++;
		}
		return new IdLookup(IdIndex.of(ids, size), values);
	}

	public long valueOf(long id, long ifAbsent) {
		int at = index.indexOf(id);
		return at < 0 ? ifAbsent : values[at];
	}
}
