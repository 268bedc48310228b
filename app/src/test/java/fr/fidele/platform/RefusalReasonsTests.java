package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every reason Fidèle gives for refusing a field or a state change is written in French and in English: each code the
 * code throws ({@code new InvalidFieldException(field, "code", ...)}, {@code new ConflictException("code", ...)}, and
 * the rule helpers' {@code require(condition, field, "code", ...)}) has its message in both bundles, and the arguments
 * are shown as written, not reformatted for the language.
 */
class RefusalReasonsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyReasonThrownHasAMessageInBothLanguages() throws IOException {
		TreeSet<String> keys = new TreeSet<>();
		for (Path source : sources()) {
			String code = Files.readString(source);
			keys.addAll(literalArguments(code, "new InvalidFieldException(", 1, "invalid."));
			keys.addAll(literalArguments(code, "new ConflictException(", 0, "conflict."));
			if (code.contains("throw new InvalidFieldException(field, code")) {
				keys.addAll(literalArguments(code, "require(", 2, "invalid."));
			}
		}
		assertThat(keys).as("codes found in the sources").hasSizeGreaterThan(50);
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
		assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(keys);
	}

	@Test
	void aReasonIsSaidInTheReadersLanguageWithItsValuesAsWritten() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		InvalidFieldException taken = new InvalidFieldException("identities[0].value", "identityTaken", "marie@example.fr", 123456L);

		assertThat(messages.getMessage(taken, Locale.FRENCH)).isEqualTo("marie@example.fr identifie déjà le client 123456");
		assertThat(messages.getMessage(taken, Locale.ENGLISH)).isEqualTo("marie@example.fr already identifies customer 123456");
		assertThat(messages.getMessage(new InvalidFieldException("occurredOn", "beforeCustomerSince", "2024-01-15"), Locale.ENGLISH))
			.isEqualTo("before the customer's start on 2024-01-15");
		assertThat(messages.getMessage(taken.forField("email"), Locale.FRENCH)).isEqualTo("marie@example.fr identifie déjà le client 123456");
	}

	/** The string literal at {@code position} (0-based) of each call starting with {@code opening}, prefixed. */
	private static List<String> literalArguments(String code, String opening, int position, String prefix) {
		List<String> found = new ArrayList<>();
		for (int at = code.indexOf(opening); at >= 0; at = code.indexOf(opening, at + 1)) {
			if (at > 0 && Character.isJavaIdentifierPart(code.charAt(at - 1))) {
				continue;
			}
			List<String> arguments = arguments(code, at + opening.length());
			if (arguments.size() > position && arguments.get(position).matches("\"[\\w.]+\"")) {
				found.add(prefix + arguments.get(position).replace("\"", ""));
			}
		}
		return found;
	}

	/** A call's arguments, split at the commas outside any parentheses or string. */
	private static List<String> arguments(String code, int from) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		boolean inString = false;
		for (int i = from; i < code.length(); i++) {
			char c = code.charAt(i);
			if (inString) {
				inString = c != '"' || code.charAt(i - 1) == '\\';
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
				arguments.add(current.toString().strip());
				return arguments;
			}
			else if (c == ',' && depth == 0) {
				arguments.add(current.toString().strip());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		return arguments;
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
