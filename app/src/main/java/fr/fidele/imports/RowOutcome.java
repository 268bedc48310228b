package fr.fidele.imports;

import fr.fidele.platform.CsvFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.Explanations;
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

	private final Explanations explanations;
	private final List<T> accepted = new ArrayList<>();
	private final List<Rejection> rejections = new ArrayList<>();
	private final Map<String, Integer> firstLineOfKey = new HashMap<>();

	/** Rejections are written in the language of whoever runs the import, through {@code explanations}. */
	RowOutcome(Explanations explanations) {
		this.explanations = explanations;
	}

	void read(CsvFile.Row row, RowReader<T> reader, java.util.function.Function<T, String> key, String keyColumn) {
		try {
			T value = reader.read(row);
			Integer earlier = firstLineOfKey.putIfAbsent(key.apply(value), row.line());
			if (earlier != null) {
				throw new InvalidFieldException(keyColumn, "sameAsLine", earlier);
			}
			accepted.add(value);
		}
		catch (InvalidFieldException e) {
			reject(row.line(), e);
		}
	}

	void reject(int line, InvalidFieldException why) {
		rejections.add(new Rejection(line, why.field(), explanations.of(why)));
	}

	List<T> accepted() {
		return accepted;
	}

	List<Rejection> rejections() {
		return rejections;
	}
}
