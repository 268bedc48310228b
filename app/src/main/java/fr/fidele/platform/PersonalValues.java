package fr.fidele.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The values that identified a person (their name, reference, e-mail addresses, phone numbers), as an erasure removes
 * them from the places where they may have been copied as free text: stored requests and responses, event payloads,
 * import reports. Each module scrubs its own tables with them; each occurrence becomes {@link #ERASED}.
 */
public record PersonalValues(List<String> values) {

	public static final String ERASED = "[effacé]";
	/** Shorter values (initials, a two-digit number) would erase what is not theirs. */
	private static final int SHORTEST = 4;

	public PersonalValues(Collection<String> values) {
		this(values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> value.length() >= SHORTEST).distinct().toList());
	}

	/** Replaces every value inside a {@code jsonb} column of the caller's own table. */
	public void scrubJson(JdbcClient jdbc, String table, String column) {
		scrubJson(jdbc, table, column, "true", Map.of());
	}

	/** The same, in the rows where {@code condition} holds (named parameters from {@code parameters}). */
	public void scrubJson(JdbcClient jdbc, String table, String column, String condition, Map<String, ?> parameters) {
		for (String value : values) {
			String inJson = value.replace("\\", "\\\\").replace("\"", "\\\"");
			jdbc.sql("update " + table + " set " + column + " = replace(" + column + "::text, :value, :erased)::jsonb where strpos("
					+ column + "::text, :value) > 0 and (" + condition + ")")
				.params(parameters).param("value", inJson).param("erased", ERASED).update();
		}
	}

	/** Replaces every value inside a {@code text} column of the caller's own table. */
	public void scrubText(JdbcClient jdbc, String table, String column) {
		for (String value : values) {
			jdbc.sql("update " + table + " set " + column + " = replace(" + column + ", :value, :erased) where strpos(" + column
					+ ", :value) > 0")
				.param("value", value).param("erased", ERASED).update();
		}
	}
}
