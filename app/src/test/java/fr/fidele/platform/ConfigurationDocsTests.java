package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/configuration.md names every setting the build knows: the configuration processor writes the metadata of each
 * {@code @ConfigurationProperties} record, so a setting added without its line in the page fails here.
 */
class ConfigurationDocsTests {

	@Test
	void everySettingIsDocumented() throws Exception {
		JsonNode metadata = JsonMapper.builder().build()
			.readTree(Files.readString(Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json")));
		List<String> keys = new ArrayList<>();
		metadata.get("properties").forEach(property -> keys.add(property.get("name").asString()));
		String page = Files.readString(Path.of("..", "docs", "configuration.md"));

		assertThat(keys).as("settings in the metadata").hasSizeGreaterThan(20).allMatch(key -> key.startsWith("fidele."));
		assertThat(keys).allSatisfy(key -> assertThat(page).as("docs/configuration.md").contains("`" + key + "`"));
	}
}
