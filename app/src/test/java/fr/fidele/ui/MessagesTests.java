package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The interface speaks French and English with nothing hard-coded: both bundles hold the same
 * keys, every key a template uses exists, and no template has visible text of its own.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");
	/** Text between tags that is not whitespace or punctuation. */
	private static final Pattern TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Properties french = load("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!key.endsWith(".") && !french.containsKey(key)) {
					missing.add(template.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!DOCTYPE[^>]*>", "");
			Matcher matcher = TEXT.matcher(html);
			while (matcher.find()) {
				hardCoded.add(template.getFileName() + ": " + matcher.group(1).strip());
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	@Test
	void everyValueShownByNameHasALabel() throws IOException {
		Properties french = load("messages.properties");
		List<String> keys = new ArrayList<>();
		addKeys(keys, "segment.", fr.fidele.casefile.Segment.values());
		addKeys(keys, "expertise.", fr.fidele.customers.Expertise.values());
		addKeys(keys, "identity.", fr.fidele.customers.IdentityKind.values());
		addKeys(keys, "outcome.", fr.fidele.customers.OutcomeType.values());
		addKeys(keys, "channel.", fr.fidele.casefile.Channel.values());
		addKeys(keys, "direction.", fr.fidele.contacts.Direction.values());
		addKeys(keys, "endedBy.", fr.fidele.contacts.EndedBy.values());
		addKeys(keys, "caseStatus.", fr.fidele.contacts.CaseStatus.values());
		addKeys(keys, "experience.", fr.fidele.casefile.Experience.values());
		addKeys(keys, "loyalty.meaning.", fr.fidele.loyalty.Effect.Reading.values());
		addKeys(keys, "assumption.", fr.fidele.loyalty.Assumption.values());
		addKeys(keys, "loyalty.verdict.", fr.fidele.loyalty.AdvisorIntegrity.Verdict.values());
		addKeys(keys, "role.plural.", fr.fidele.accounts.Role.values());
		addKeys(keys, "presenceCause.", fr.fidele.routing.PresenceCause.values());
		for (fr.fidele.imports.ImportKind kind : fr.fidele.imports.ImportKind.values()) {
			keys.add("imports.kind." + kind.slug());
		}
		assertThat(french.stringPropertyNames()).containsAll(keys);
	}

	private static void addKeys(List<String> keys, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			keys.add(prefix + value.name());
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
