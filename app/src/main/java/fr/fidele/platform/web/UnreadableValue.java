package fr.fidele.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with a value of a request body that could not be read, said in the client's language as the rule
 * the value breaks ("must be a date like 2026-01-31"): never the parser's own message, which names Java classes.
 */
final class UnreadableValue {

	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);
	private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class);
	private static final Set<Class<?>> DATE_TIMES = Set.of(Instant.class, OffsetDateTime.class, LocalDateTime.class);

	private UnreadableValue() {
	}

	static String rule(Throwable cause, MessageSource messages, Locale locale) {
		if (cause instanceof UnrecognizedPropertyException) {
			return messages.getMessage("problem.json.unknownField", null, locale);
		}
		if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return expected(mismatch.getTargetType(), messages, locale);
		}
		if (cause instanceof StreamReadException) {
			return messages.getMessage("problem.json.malformed", null, locale);
		}
		return messages.getMessage("problem.json.wrongForm", null, locale);
	}

	/** The rule a value of {@code type} must follow. */
	static String expected(Class<?> type, MessageSource messages, Locale locale) {
		if (type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
			return messages.getMessage("problem.json.oneOf", new Object[] { values }, locale);
		}
		return messages.getMessage("problem.json." + kind(type), null, locale);
	}

	private static String kind(Class<?> type) {
		if (WHOLE_NUMBERS.contains(type)) {
			return "wholeNumber";
		}
		if (NUMBERS.contains(type)) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (type == LocalDate.class) {
			return "date";
		}
		if (DATE_TIMES.contains(type)) {
			return "dateTime";
		}
		if (type == String.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return "object";
	}
}
