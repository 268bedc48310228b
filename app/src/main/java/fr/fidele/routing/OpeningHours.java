package fr.fidele.routing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a queue is open: intervals per weekday and closed days (holidays), in the company's time zone. No interval at
 * all means always open, so a queue nobody set hours for keeps working as before.
 */
public record OpeningHours(Map<DayOfWeek, List<Interval>> week, Map<LocalDate, String> holidays) {

	/** Open from {@code opens} (included) to {@code closes} (excluded), the same day. */
	public record Interval(LocalTime opens, LocalTime closes) {
	}

	private static final int DAYS_LOOKED_AHEAD = 400;

	public static OpeningHours alwaysOpen() {
		return new OpeningHours(Map.of(), Map.of());
	}

	public boolean openAt(ZonedDateTime at) {
		if (week.isEmpty()) {
			return true;
		}
		if (holidays.containsKey(at.toLocalDate())) {
			return false;
		}
		LocalTime time = at.toLocalTime();
		return week.getOrDefault(at.getDayOfWeek(), List.of()).stream()
			.anyMatch(interval -> !time.isBefore(interval.opens()) && time.isBefore(interval.closes()));
	}

	/** The next moment it opens, from {@code from} (itself when open); empty when it never opens. */
	public Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
		if (openAt(from)) {
			return Optional.of(from);
		}
		for (int day = 0; day <= DAYS_LOOKED_AHEAD; day++) {
			LocalDate date = from.toLocalDate().plusDays(day);
			if (holidays.containsKey(date)) {
				continue;
			}
			Optional<ZonedDateTime> opening = week.getOrDefault(date.getDayOfWeek(), List.of()).stream().map(Interval::opens).sorted()
				.map(opens -> date.atTime(opens).atZone(from.getZone())).filter(candidate -> candidate.isAfter(from)).findFirst();
			if (opening.isPresent()) {
				return opening;
			}
		}
		return Optional.empty();
	}
}
