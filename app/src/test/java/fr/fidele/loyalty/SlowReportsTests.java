package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Which service-measure reports are reused, and for how long. The reports' computation moves a clock of the test's
 * own: how long a report took is what the clock says, not a time the test waits.
 */
class SlowReportsTests {

	private static final SlowReports.Key WHOLE = new SlowReports.Key(ContactFilter.NONE, MeasureSettings.defaults());

	/** A clock the test moves by hand. */
	private static final class Hands extends Clock {
		private Instant now = Instant.parse("2026-11-29T10:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private final AtomicInteger computations = new AtomicInteger();
	private final Hands clock = new Hands();

	private Supplier<ServiceReport> computing(Duration taking) {
		return () -> {
			computations.incrementAndGet();
			clock.now = clock.now.plus(taking);
			return new ServiceReport(ContactFilter.NONE, MeasureSettings.defaults(), computations.get(), null, null, null, null,
					0, 0, null, null, null, null, Instant.EPOCH);
		};
	}

	@Test
	void aReportThatTookLongIsReusedUntilItIsTooOld() {
		SlowReports slow = new SlowReports(new LoyaltyProperties(false, "-", Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMinutes(5)), clock);
		ServiceReport first = slow.get(WHOLE, computing(Duration.ofSeconds(30)));
		assertThat(slow.holds(WHOLE)).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(9));
		assertThat(slow.get(WHOLE, computing(Duration.ofSeconds(30)))).isSameAs(first);
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(slow.get(WHOLE, computing(Duration.ofSeconds(30))).contacts()).isEqualTo(2);
		assertThat(computations).hasValue(2);
	}

	@Test
	void aReportComputedQuicklyIsAlwaysComputedAgain() {
		SlowReports slow = new SlowReports(new LoyaltyProperties(false, "-", Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMinutes(5)), clock);
		slow.get(WHOLE, computing(Duration.ofMillis(200)));
		slow.get(WHOLE, computing(Duration.ofMillis(200)));
		assertThat(computations).hasValue(2);
		assertThat(slow.holds(WHOLE)).isFalse();
	}
}
