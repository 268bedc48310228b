package fr.fidele.loyalty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The calendar day (as an epoch day) on which instants fall in one time zone, for millions of instants in near
 * order: the zone's offset is looked up again only when an instant leaves the span between two of its transitions
 * that the last one fell in.
 */
final class LocalDays {

	private static final int SECONDS_PER_DAY = 86_400;

	private final ZoneRules rules;
	private long spanStart = Long.MAX_VALUE;
	private long spanEnd = Long.MIN_VALUE;
	private int offset;

	LocalDays(ZoneId zone) {
		this.rules = zone.getRules();
	}

	/** The day of {@code epochSecond} in the zone, as {@code timestamptz::date} gives it in a session of that zone. */
	int of(long epochSecond) {
		if (epochSecond < spanStart || epochSecond >= spanEnd) {
			Instant instant = Instant.ofEpochSecond(epochSecond);
			offset = rules.getOffset(instant).getTotalSeconds();
			ZoneOffsetTransition before = rules.previousTransition(instant.plusSeconds(1));
			ZoneOffsetTransition after = rules.nextTransition(instant);
			spanStart = before == null ? Long.MIN_VALUE : before.toEpochSecond();
			spanEnd = after == null ? Long.MAX_VALUE : after.toEpochSecond();
		}
		return (int) Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
	}
}
