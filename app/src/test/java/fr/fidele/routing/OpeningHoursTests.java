package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Open on weekdays 8:00–12:00 and 14:00–18:00, closed on Christmas (a Friday in 2026) and at weekends. */
class OpeningHoursTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final List<OpeningHours.Interval> DAY = List.of(new OpeningHours.Interval(LocalTime.of(8, 0), LocalTime.of(12, 0)),
			new OpeningHours.Interval(LocalTime.of(14, 0), LocalTime.of(18, 0)));
	private final OpeningHours hours = new OpeningHours(Map.of(DayOfWeek.MONDAY, DAY, DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY,
			DayOfWeek.THURSDAY, DAY, DayOfWeek.FRIDAY, DAY), Map.of(LocalDate.of(2026, 12, 25), "Noël"));

	@Test
	void openInItsRangesOnly() {
		assertThat(hours.openAt(at(2026, 12, 24, 10, 0))).isTrue();
		assertThat(hours.openAt(at(2026, 12, 24, 8, 0))).as("the opening minute").isTrue();
		assertThat(hours.openAt(at(2026, 12, 24, 12, 0))).as("the closing minute").isFalse();
		assertThat(hours.openAt(at(2026, 12, 24, 13, 0))).isFalse();
		assertThat(hours.openAt(at(2026, 12, 26, 10, 0))).as("a Saturday").isFalse();
	}

	@Test
	void theNextOpeningSkipsTheBreakTheHolidayAndTheWeekend() {
		assertThat(hours.nextOpening(at(2026, 12, 24, 13, 0))).contains(at(2026, 12, 24, 14, 0));
		assertThat(hours.nextOpening(at(2026, 12, 24, 19, 0))).as("Christmas is closed").contains(at(2026, 12, 28, 8, 0));
		assertThat(hours.nextOpening(at(2026, 12, 24, 10, 0))).as("open now").contains(at(2026, 12, 24, 10, 0));
	}

	@Test
	void aQueueWithoutHoursIsAlwaysOpen() {
		assertThat(OpeningHours.alwaysOpen().openAt(at(2026, 12, 25, 3, 0))).isTrue();
	}

	private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS);
	}
}
