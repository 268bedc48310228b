package fr.fidele.routing.cti;

import java.time.Instant;
import java.util.List;

/**
 * One event of the telephone switch about a call (version 1 of the CTI API, docs/cti.md). Which fields matter
 * depends on the type: the caller and the voice-menu choices when the call is offered, the advisor when it is
 * answered, the target and the note when it is transferred, who ended it when it ends, the number to call back
 * when the customer asks for a callback, the keys pressed in the post-call survey.
 *
 * @param sequence orders events of the same call stamped with the same instant (the switch's own counter)
 */
record CallEvent(String eventId, String type, String callId, Instant occurredAt, Long sequence, String caller, String dialled,
		Menu ivr, String queue, String advisor, Target target, String note, String endedBy, String callbackNumber, Keypad survey) {

	/** What the caller chose in the voice menu. */
	record Menu(String language, String reason, List<String> choices) {
	}

	/** The post-call keypad survey: Fidèle's survey (null: the one its rules choose) and the keys pressed, by question. */
	record Keypad(Long id, List<Key> answers) {
	}

	/** The score keyed for one question (its position in the survey). */
	record Key(Integer question, Integer score) {
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
