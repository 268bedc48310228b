package fr.fidele.imports;

import fr.fidele.platform.CsvFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.platform.InvalidFieldException;

/**
 * Which file column holds each Fidèle field, written {@code field=column}, one pair per line or
 * separated by commas. Unknown fields and columns missing from the file are refused up front,
 * before any row is read.
 */
final class ColumnMapping {

	private final Map<String, String> columns;

	private ColumnMapping(Map<String, String> columns) {
		this.columns = columns;
	}

	static ColumnMapping parse(String text, Set<String> knownFields, Set<String> requiredFields, List<String> header) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String pair : text == null ? new String[0] : text.split("[\\n,]")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.indexOf('=');
			if (equals < 0) {
				throw new InvalidFieldException("mapping", "mappingPair", pair.strip());
			}
			String field = pair.substring(0, equals).strip();
			String column = pair.substring(equals + 1).strip();
			if (!knownFields.contains(field)) {
				throw new InvalidFieldException("mapping", "mappingField", field, knownFields);
			}
			if (!header.contains(column)) {
				throw new InvalidFieldException("mapping", "mappingColumn", column, header);
			}
			columns.put(field, column);
		}
		for (String required : requiredFields) {
			if (!columns.containsKey(required)) {
				throw new InvalidFieldException("mapping", "mappingRequired", required);
			}
		}
		return new ColumnMapping(columns);
	}

	/** The column mapped to this field, or null. */
	String column(String field) {
		return columns.get(field);
	}

	/** The value of the field in this row, or null when unmapped or empty. */
	String value(CsvFile.Row row, String field) {
		String column = columns.get(field);
		return column == null ? null : row.get(column);
	}

	/** The name to report for a field: its column, or the field itself when unmapped. */
	String name(String field) {
		return columns.getOrDefault(field, field);
	}
}
