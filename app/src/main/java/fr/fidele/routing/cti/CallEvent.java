package fr.fidele.routing.cti;

import java.time.Instant;
import java.util.List;

/**
 * One event of the telephone switch about a call (version 1 of the CTI API, docs/cti.md). Which fields matter
 * depends on the type: the caller and the voice-menu choices when the call is offered, the advisor when it is
 * answered, the target and the note when it is transferred, who ended it when it ends, the number to call back
 * when the customer asks for a callback.
 *
 * @param sequence orders events of the same call stamped with the same instant (the switch's own counter)
 */
record CallEvent(String eventId, String type, String callId, Instant occurredAt, Long sequence, String caller, String dialled,
		Menu ivr, String queue, String advisor, Target target, String note, String endedBy, String callbackNumber) {

	/** What the caller chose in the voice menu. */
	record Menu(String language, String reason, List<String> choices) {
	}

	/** Where a transfer goes: a queue or a named advisor. */
	record Target(String queue, String advisor) {
	}

	CallEventType kind() {
		return CallEventType.fromWire(type).orElseThrow();
	}

	long order() {
		return sequence == null ? 0 : sequence;
	}
}
