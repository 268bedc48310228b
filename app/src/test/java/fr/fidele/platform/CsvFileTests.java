package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvFileTests {

	@Test
	void readsQuotedFieldsAcrossLinesAndKeepsLineNumbers() {
		String text = "\uFEFFref,name,notes\r\nA1,\"Dupont, Marie\",\"dit \"\"bonjour\"\"\nsur deux lignes\"\r\nA2,Léa,\r\n";
		CsvFile file = CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));
		assertThat(file.header()).containsExactly("ref", "name", "notes");
		assertThat(file.rows()).hasSize(2);
		assertThat(file.rows().get(0).get("name")).isEqualTo("Dupont, Marie");
		assertThat(file.rows().get(0).get("notes")).isEqualTo("dit \"bonjour\"\nsur deux lignes");
		assertThat(file.rows().get(1).line()).isEqualTo(4);
		assertThat(file.rows().get(1).get("notes")).isNull();
	}

	@Test
	void guessesTabAndSemicolonDelimiters() {
		assertThat(CsvFile.parse("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8)).rows().get(0).get("b")).isEqualTo("2");
		assertThat(CsvFile.parse("a;b\n1;2,5\n".getBytes(StandardCharsets.UTF_8)).rows().get(0).get("b")).isEqualTo("2,5");
	}
}
