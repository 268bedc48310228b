package fr.fidele.loyalty;

import fr.fidele.casefile.LocalDays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The day of an instant, from the zone's offset changes listed once, is the day {@code java.time} gives. */
class LocalDaysTest {

	@Test
	void theDayOfEachInstantIsTheZonesCalendarDayAcrossDaylightSavingChanges() {
		Random random = new Random(5);
		for (String name : new String[] { "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "UTC", "Asia/Kolkata" }) {
			ZoneId zone = ZoneId.of(name);
			LocalDays days = new LocalDays(zone);
			long second = Instant.parse("2024-03-30T00:00:00Z").getEpochSecond();
			for (int i = 0; i < 20_000; i++) {
				// mostly forward in small steps across the spring and autumn changes, sometimes jumping back or far
				second += random.nextInt(10) == 0 ? -random.nextInt(40 * 86_400) : random.nextInt(7_200);
				long expected = Instant.ofEpochSecond(second).atZone(zone).toLocalDate().toEpochDay();
				assertThat(days.of(second)).as("%s at %d", name, second).isEqualTo(expected);
			}
			for (long outside : new long[] { -1, -3_000_000_000L, 7_500_000_000L }) {
				assertThat(days.of(outside)).isEqualTo(Instant.ofEpochSecond(outside).atZone(zone).toLocalDate().toEpochDay());
			}
		}
	}
}
