package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Which service-measure reports are reused, and for how long. */
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
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private final AtomicInteger computations = new AtomicInteger();

	private Supplier<ServiceReport> computing(long millis) {
		return () -> {
			computations.incrementAndGet();
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return new ServiceReport(ContactFilter.NONE, MeasureSettings.defaults(), computations.get(), null, null, null, null,
					0, 0, null, null, null, null, Instant.EPOCH);
		};
	}

	@Test
	void aReportThatTookLongIsReusedUntilItIsTooOld() {
		Hands clock = new Hands();
		SlowReports slow = new SlowReports(Duration.ofMillis(20), Duration.ofMinutes(10), clock);
		ServiceReport first = slow.get(WHOLE, computing(40));
		assertThat(slow.holds(WHOLE)).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(9));
		assertThat(slow.get(WHOLE, computing(40))).isSameAs(first);
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(slow.get(WHOLE, computing(40)).contacts()).isEqualTo(2);
		assertThat(computations).hasValue(2);
	}

	@Test
	void aReportComputedQuicklyIsAlwaysComputedAgain() {
		SlowReports slow = new SlowReports(Duration.ofSeconds(5), Duration.ofMinutes(10), new Hands());
		slow.get(WHOLE, computing(0));
		slow.get(WHOLE, computing(0));
		assertThat(computations).hasValue(2);
		assertThat(slow.holds(WHOLE)).isFalse();
	}
}
