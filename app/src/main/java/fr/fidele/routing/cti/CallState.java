package fr.fidele.routing.cti;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A call as its events tell it, folded in the order they happened whatever the order they arrived in.
 *
 * @param legs each advisor who had the call, in order, the note of the transfer that ended a leg
 * @param transferTarget where the call was last transferred, while no advisor has it yet
 * @param endedBy who ended it (CUSTOMER, ADVISOR or SYSTEM), null while it goes on
 */
record CallState(String callId, Instant offeredAt, String caller, String language, String reason, String queue, List<Leg> legs,
		CallEvent.Target transferTarget, int holds, Duration onHold, Instant endedAt, String endedBy, String callbackNumber,
		Instant callbackAt) {

	/** An advisor's part of the call. */
	record Leg(String advisor, Instant startedAt, Instant endedAt, String transferNote) {
	}

	Instant answeredAt() {
		return legs.isEmpty() ? null : legs.get(0).startedAt();
	}

	/** The advisor on the call now, if any. */
	String connectedAdvisor() {
		return !legs.isEmpty() && legs.get(legs.size() - 1).endedAt() == null ? legs.get(legs.size() - 1).advisor() : null;
	}
}
