package fr.fidele.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.InvalidFieldException;

/**
 * Collects, while rows are read, the good ones and the rejected ones with their reasons, and
 * refuses a key seen earlier in the same file (pointing at the line that had it first).
 */
final class RowOutcome<T> {

	/** Reads one row into a checked value, or throws {@link InvalidFieldException}. */
	interface RowReader<T> {
		T read(CsvFile.Row row);
	}

	private final List<T> accepted = new ArrayList<>();
	private final List<Rejection> rejections = new ArrayList<>();
	private final Map<String, Integer> firstLineOfKey = new HashMap<>();

	void read(CsvFile.Row row, RowReader<T> reader, java.util.function.Function<T, String> key, String keyColumn) {
		try {
			T value = reader.read(row);
			Integer earlier = firstLineOfKey.putIfAbsent(key.apply(value), row.line());
			if (earlier != null) {
				throw new InvalidFieldException(keyColumn, "same " + keyColumn + " as line " + earlier);
			}
			accepted.add(value);
		}
		catch (InvalidFieldException e) {
			rejections.add(new Rejection(row.line(), e.field(), e.getMessage()));
		}
	}

	void reject(int line, String field, String reason) {
		rejections.add(new Rejection(line, field, reason));
	}

	List<T> accepted() {
		return accepted;
	}

	List<Rejection> rejections() {
		return rejections;
	}
}
