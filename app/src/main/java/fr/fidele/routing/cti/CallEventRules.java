package fr.fidele.routing.cti;

import java.util.Arrays;
import java.util.Set;

import fr.fidele.platform.InvalidFieldException;

/** What makes a switch event usable: its identity, type and time, and the fields its type needs. */
final class CallEventRules {

	private static final Set<String> ENDERS = Set.of("CUSTOMER", "ADVISOR", "SYSTEM");
	private static final int MAX_ID = 200;

	private CallEventRules() {
	}

	static void check(CallEvent event) {
		require(event.eventId() != null && !event.eventId().isBlank() && event.eventId().length() <= MAX_ID, "eventId",
				"an id of at most " + MAX_ID + " characters, unique per event");
		require(event.callId() != null && !event.callId().isBlank() && event.callId().length() <= MAX_ID, "callId",
				"the switch's id of the call, at most " + MAX_ID + " characters");
		require(event.type() != null && CallEventType.fromWire(event.type()).isPresent(), "type",
				"one of " + Arrays.stream(CallEventType.values()).map(CallEventType::wire).toList());
		require(event.occurredAt() != null, "occurredAt", "when it happened on the switch (ISO-8601 instant)");
		if (event.ivr() != null && event.ivr().language() != null) {
			require(Set.of("fr", "en").contains(event.ivr().language()), "ivr.language", "fr or en");
		}
		switch (event.kind()) {
			case ANSWERED -> require(event.advisor() != null && !event.advisor().isBlank(), "advisor", "who answered (username)");
			case TRANSFERRED -> require(event.target() != null && (event.target().queue() == null) != (event.target().advisor() == null),
					"target", "a queue or an advisor, one of the two");
			case ENDED -> require(event.endedBy() != null && ENDERS.contains(event.endedBy()), "endedBy", "one of " + ENDERS);
			default -> {
			}
		}
	}

	private static void require(boolean condition, String field, String message) {
		if (!condition) {
			throw new InvalidFieldException(field, message);
		}
	}
}
