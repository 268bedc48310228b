package fr.fidele.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A delimited text file read whole: RFC 4180 quoting, CRLF or LF line ends, an optional UTF-8
 * byte-order mark, and the delimiter guessed from the header (tab, semicolon or comma). Each row
 * keeps the line number it starts on, so rejections can point at it.
 */
public final class CsvFile {

	/** One data row: its line number in the file and its values by column name. */
	public record Row(int line, Map<String, String> values) {

		public String get(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	private final List<String> header;
	private final List<Row> rows;

	private CsvFile(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
	}

	public static CsvFile parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int headerEnd = text.indexOf('\n');
		String firstLine = headerEnd < 0 ? text : text.substring(0, headerEnd);
		char delimiter = firstLine.indexOf('\t') >= 0 ? '\t' : firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		new Reader(text, delimiter).readAll(records, lines);
		if (records.isEmpty()) {
			throw new IllegalArgumentException("the file is empty");
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		List<Row> rows = new ArrayList<>(records.size());
		for (int r = 1; r < records.size(); r++) {
			List<String> values = records.get(r);
			if (values.size() == 1 && values.get(0).isBlank()) {
				continue;
			}
			Map<String, String> byColumn = new HashMap<>(header.size() * 2);
			for (int c = 0; c < header.size() && c < values.size(); c++) {
				byColumn.put(header.get(c), values.get(c));
			}
			rows.add(new Row(lines.get(r), byColumn));
		}
		return new CsvFile(header, rows);
	}

	/** A small state machine over the text: fields, quoted fields with doubled quotes, records. */
	private static final class Reader {

		private final String text;
		private final char delimiter;
		private int position;
		private int line = 1;

		Reader(String text, char delimiter) {
			this.text = text;
			this.delimiter = delimiter;
		}

		void readAll(List<List<String>> records, List<Integer> lines) {
			while (position < text.length()) {
				lines.add(line);
				records.add(record());
			}
		}

		private List<String> record() {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			while (position < text.length()) {
				char c = text.charAt(position++);
				if (quoted) {
					if (c == '"' && position < text.length() && text.charAt(position) == '"') {
						field.append('"');
						position++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append(c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == delimiter) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					line++;
					break;
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			fields.add(field.toString());
			return fields;
		}
	}
}
