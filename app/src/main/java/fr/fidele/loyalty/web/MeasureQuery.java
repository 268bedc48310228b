package fr.fidele.loyalty.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.Segment;
import fr.fidele.loyalty.ContactFilter;
import fr.fidele.loyalty.MeasureSettings;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;

/**
 * The filter and thresholds of the service measures as query parameters, shared by the API and the pages: {@code
 * from to channel queue reason teamId segment shortAbandonSeconds targetSeconds abandonedCalls resolutionDays}. A value that
 * cannot be read is refused naming its parameter; parameters not listed (page, lang) are left to others.
 */
record MeasureQuery(ContactFilter filter, MeasureSettings settings) {

	/** The query's filter and thresholds; a threshold it does not name is the company's ({@code defaults}). */
	static MeasureQuery of(Map<String, String> params, MeasureSettings defaults) {
		ContactFilter filter = filter(params);
		MeasureSettings settings = new MeasureSettings(
				orDefault(read(params, "shortAbandonSeconds", Integer::valueOf), defaults.shortAbandonSeconds()),
				orDefault(read(params, "targetSeconds", Integer::valueOf), defaults.targetSeconds()),
				orDefault(read(params, "abandonedCalls", AbandonedCalls::valueOf), defaults.abandonedCalls()),
				orDefault(read(params, "resolutionDays", Integer::valueOf), defaults.resolutionDays()));
		return new MeasureQuery(filter, settings);
	}

	/** The filter alone, as every dashboard reads it. */
	static ContactFilter filter(Map<String, String> params) {
		return new ContactFilter(read(params, "from", LocalDate::parse), read(params, "to", LocalDate::parse),
				read(params, "channel", Channel::valueOf), text(params, "queue"), text(params, "reason"),
				read(params, "teamId", Long::valueOf), read(params, "segment", Segment::valueOf));
	}

	private static String text(Map<String, String> params, String name) {
		String value = params.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static <T> T read(Map<String, String> params, String name, Function<String, T> parser) {
		String value = text(params, name);
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			throw new InvalidFieldException(name, "unreadable", value);
		}
	}

	private static <T> T orDefault(T value, T fallback) {
		return value != null ? value : fallback;
	}
}
