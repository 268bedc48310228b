package fr.fidele.routing.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.routing.OpeningHours;

/**
 * A queue's calendar as the page writes it: per weekday {@code 08:00-12:00, 14:00-18:00} (empty: closed that day),
 * and closed days one per line, {@code 2026-12-25 Noël}. A line that cannot be read is refused, naming it.
 */
final class CalendarForm {

	private CalendarForm() {
	}

	static OpeningHours read(Map<String, String> form) {
		Map<DayOfWeek, List<OpeningHours.Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			String typed = form.getOrDefault("day." + day, "").strip();
			for (String range : typed.isEmpty() ? new String[0] : typed.split("\\s*,\\s*")) {
				String[] ends = range.split("\\s*-\\s*");
				try {
					if (ends.length != 2) {
						throw new DateTimeParseException(range, range, 0);
					}
					week.computeIfAbsent(day, d -> new ArrayList<>()).add(new OpeningHours.Interval(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
				}
				catch (DateTimeParseException e) {
					throw new InvalidFieldException("day." + day, "hoursFormat", range);
				}
			}
		}
		Map<LocalDate, String> holidays = new TreeMap<>();
		for (String line : form.getOrDefault("holidays", "").split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("\\s+", 2);
			try {
				holidays.put(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : "");
			}
			catch (DateTimeParseException e) {
				throw new InvalidFieldException("holidays", "holidayFormat", line.strip());
			}
		}
		return new OpeningHours(week, holidays);
	}

	/** The form's fields for a calendar: per weekday its ranges, and the closed days' lines. */
	static Map<String, String> write(OpeningHours hours) {
		Map<String, String> fields = new TreeMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			fields.put(day.name(), hours.week().getOrDefault(day, List.of()).stream().map(i -> i.opens() + "-" + i.closes())
				.collect(Collectors.joining(", ")));
		}
		fields.put("holidays", hours.holidays().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining("\n")));
		return fields;
	}
}
