package fr.fidele.loyalty;

import fr.fidele.casefile.ContactTally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The month a contact is counted in is its arrival's month in the company's time zone, the nearest one outside the table. */
class ContactTallyMonthTest {

	private static final YearMonth FIRST = YearMonth.of(1970, 1);
	private static final int LAST = (int) FIRST.until(YearMonth.of(2200, 1), ChronoUnit.MONTHS) - 1;

	@Test
	void eachInstantFallsInTheMonthOfItsLocalDate() {
		Random random = new Random(3);
		for (int i = 0; i < 200_000; i++) {
			double seconds = i % 2 == 0 ? -2e9 + random.nextDouble() * 9.5e9 : monthStart(random.nextInt(LAST + 1)) + (random.nextInt(3) - 1) * 0.5;
			assertThat(ContactTally.monthIndex(seconds)).as("at %f", seconds).isEqualTo(expected(seconds));
		}
	}

	private static long monthStart(int index) {
		return FIRST.plusMonths(index).atDay(1).atStartOfDay(ContactFilter.ZONE).toEpochSecond();
	}

	private static int expected(double seconds) {
		YearMonth month = YearMonth.from(Instant.ofEpochSecond((long) Math.floor(seconds)).atZone(ContactFilter.ZONE));
		return (int) Math.max(0, Math.min(LAST, FIRST.until(month, ChronoUnit.MONTHS)));
	}
}
