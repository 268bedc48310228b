package fr.fidele.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock in UTC that a test moves, for rules about age: the test says how old things are instead of waiting. */
public final class MovableClock extends Clock {

	private volatile Instant now;

	public MovableClock(Instant start) {
		this.now = start;
	}

	/** Sets the clock to {@code duration} after {@code from}. */
	public void at(Instant from, Duration duration) {
		now = from.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** Not needed by the tests: a clock of another zone would not move with this one. */
	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("a movable clock stays in UTC");
	}

	@Override
	public Instant instant() {
		return now;
	}
}
