package fr.fidele.loyalty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A CSV export never hands a spreadsheet a formula: each of OWASP's leading characters is neutralised. */
class CsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
	void textThatStartsLikeAFormulaIsWrittenAsText(String dangerous) {
		String body = Csv.of("t.csv", List.of("note"), Stream.of(List.<Object>of(dangerous))).getBody();

		// the row after the header, up to the final line feed (a carriage return inside the field is part of it)
		String row = body.substring(body.indexOf('\n') + 1, body.length() - 1);
		assertThat(row).isEqualTo("\"'" + dangerous.replace("\"", "\"\"") + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Facturation", "1 200 €", " espace" })
	void ordinaryTextIsLeftAlone(String text) {
		String body = Csv.of("t.csv", List.of("note"), Stream.of(List.<Object>of(text))).getBody();

		assertThat(body).endsWith("\"" + text + "\"\n");
	}
}
