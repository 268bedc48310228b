package fr.fidele.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import fr.fidele.platform.InvalidFieldException;

/**
 * Reads cell values the way French and English spreadsheets write them; a value that cannot be
 * read raises {@link InvalidFieldException} naming the column.
 */
final class Values {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Values() {
	}

	static Boolean bool(String value, String column) {
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "oui", "1", "y", "o", "vrai" -> true;
			case "false", "no", "non", "0", "n", "faux" -> false;
			default -> throw new InvalidFieldException(column, "notYesNo", value);
		};
	}

	static LocalDate date(String value, String column) {
		if (value == null) {
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(column, "notDate", value);
		}
	}

	/** An instant with an offset, or a local date-time read in the given zone. */
	static Instant instant(String value, String column, ZoneId zone) {
		if (value == null) {
			return null;
		}
		try {
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(value).toInstant();
			}
			return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(column, "notDateTime", value);
		}
	}

	static BigDecimal decimal(String value, String column) {
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(column, "notNumber", value);
		}
	}

	static int integer(String value, String column) {
		if (value == null) {
			throw new InvalidFieldException(column, "required");
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(column, "notWholeNumber", value);
		}
	}

	static <E extends Enum<E>> E enumeration(Class<E> type, String value, String column, E fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(column, "unknownValueOf", value,
					java.util.Arrays.toString(type.getEnumConstants()));
		}
	}
}
