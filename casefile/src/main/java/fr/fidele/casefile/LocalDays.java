package fr.fidele.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The calendar day (as an epoch day) on which instants fall in one time zone, for millions of instants in no order
 * of time (contacts read in id order): the zone's offset changes from 1900 to 2200 are listed once and searched, with
 * no object made per instant; outside those years the zone's rules are asked.
 */
public final class LocalDays {

	private static final int SECONDS_PER_DAY = 86_400;
	private static final long FROM = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
	private static final long UNTIL = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

	private final ZoneRules rules;
	/** The offset before the first change listed; the changes' instants, and the offset from each on. */
	private final int offsetBefore;
	private final long[] changes;
	private final int[] offsetFrom;

	public LocalDays(ZoneId zone) {
		this.rules = zone.getRules();
		this.offsetBefore = rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds();
		long[] at = new long[64];
		int[] offsets = new int[64];
		int count = 0;
		for (ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(FROM));
				next != null && next.toEpochSecond() < UNTIL; next = rules.nextTransition(next.getInstant())) {
			if (count == at.length) {
				at = Arrays.copyOf(at, count * 2);
				offsets = Arrays.copyOf(offsets, count * 2);
			}
			at[count] = next.toEpochSecond();
			offsets[count] = next.getOffsetAfter().getTotalSeconds();
			count++;
		}
		this.changes = Arrays.copyOf(at, count);
		this.offsetFrom = Arrays.copyOf(offsets, count);
	}

	/** The day of {@code epochSecond} in the zone, as {@code timestamptz::date} gives it in a session of that zone. */
	public int of(long epochSecond) {
		return (int) Math.floorDiv(epochSecond + offset(epochSecond), SECONDS_PER_DAY);
	}

	private int offset(long epochSecond) {
		if (epochSecond < FROM || epochSecond >= UNTIL) {
			return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
		}
		int found = Arrays.binarySearch(changes, epochSecond);
		int last = found >= 0 ? found : -found - 2; // the last change at or before the instant
		return last < 0 ? offsetBefore : offsetFrom[last];
	}
}
