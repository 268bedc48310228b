package fr.fidele.contacts;

import java.time.Instant;
import java.util.List;

import fr.fidele.platform.InvalidFieldException;

/**
 * What makes a contact coherent: timestamps in order (arrived, queued, answered, ended), an
 * abandoned contact never answered, legs in order within the contact, a note on every transfer
 * (the next advisor reads it first), and re-identification only after a transfer.
 */
public final class ContactRules {

	private ContactRules() {
	}

	public static void check(NewContact c) {
		require(c.channel() != null, "channel", "required");
		require(c.direction() != null, "direction", "required");
		require(c.arrivedAt() != null, "arrivedAt", "required");
		notBefore(c.queuedAt(), c.arrivedAt(), "queuedAt", "arrivedAt");
		notBefore(c.answeredAt(), c.queuedAt() != null ? c.queuedAt() : c.arrivedAt(), "answeredAt",
				c.queuedAt() != null ? "queuedAt" : "arrivedAt");
		notBefore(c.endedAt(), c.answeredAt() != null ? c.answeredAt() : c.arrivedAt(), "endedAt",
				c.answeredAt() != null ? "answeredAt" : "arrivedAt");
		if (c.endedBy() == EndedBy.ABANDONED) {
			require(c.answeredAt() == null, "endedBy", "abandonedAnswered");
		}
		if (c.endedBy() != null) {
			require(c.endedAt() != null, "endedAt", "endedWithoutTime");
		}
		List<NewLeg> legs = c.legs() == null ? List.of() : c.legs();
		require(legs.isEmpty() || c.endedBy() != EndedBy.ABANDONED, "legs", "abandonedWithLegs");
		Instant previousStart = c.answeredAt() != null ? c.answeredAt() : c.arrivedAt();
		for (int i = 0; i < legs.size(); i++) {
			NewLeg leg = legs.get(i);
			String field = "legs[" + i + "]";
			require(leg.advisor() != null && !leg.advisor().isBlank(), field + ".advisor", "required");
			require(leg.startedAt() != null, field + ".startedAt", "required");
			notBefore(leg.startedAt(), previousStart, field + ".startedAt",
					i > 0 ? "legs[" + (i - 1) + "].startedAt" : c.answeredAt() != null ? "answeredAt" : "arrivedAt");
			notBefore(leg.endedAt(), leg.startedAt(), field + ".endedAt", field + ".startedAt");
			boolean transferred = i < legs.size() - 1;
			require(!transferred || (leg.transferNote() != null && !leg.transferNote().isBlank()), field + ".transferNote", "transferNote");
			previousStart = leg.startedAt();
		}
		require(!c.reidentifiedAfterTransfer() || legs.size() > 1, "reidentifiedAfterTransfer", "reidentifiedOneLeg");
	}

	private static void notBefore(Instant later, Instant earlier, String field, String earlierName) {
		if (later != null && earlier != null && later.isBefore(earlier)) {
			throw new InvalidFieldException(field, "before", earlierName);
		}
	}

	private static void require(boolean condition, String field, String code) {
		if (!condition) {
			throw new InvalidFieldException(field, code);
		}
	}
}
