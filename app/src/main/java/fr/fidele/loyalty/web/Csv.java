package fr.fidele.loyalty.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV export of a chart or a table: a header line, then one line per row, text fields quoted, numbers written
 * as Java writes them (a dot for decimals, NaN where there is no value) so that any tool reads them back. Text
 * that a spreadsheet would take for a formula is written with a leading apostrophe.
 */
final class Csv {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Csv() {
	}

	static ResponseEntity<String> of(String fileName, List<String> header, Stream<List<Object>> rows) {
		String body = Stream.concat(Stream.of(List.<Object>copyOf(header)), rows)
			.map(row -> row.stream().map(Csv::field).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\n", "", "\n"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value.toString();
		// A spreadsheet would run text starting like a formula (OWASP's list: = + - @, tab, carriage return): such
		// text is written as text.
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
