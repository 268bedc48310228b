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
				"cti.eventId", MAX_ID);
		require(event.callId() != null && !event.callId().isBlank() && event.callId().length() <= MAX_ID, "callId",
				"cti.callId", MAX_ID);
		require(event.type() != null && CallEventType.fromWire(event.type()).isPresent(), "type",
				"oneOf", Arrays.stream(CallEventType.values()).map(CallEventType::wire).toList());
		require(event.occurredAt() != null, "occurredAt", "cti.occurredAt");
		if (event.ivr() != null && event.ivr().language() != null) {
			require(Set.of("fr", "en").contains(event.ivr().language()), "ivr.language", "frOrEn");
		}
		switch (event.kind()) {
			case ANSWERED -> require(event.advisor() != null && !event.advisor().isBlank(), "advisor", "cti.answeredBy");
			case TRANSFERRED -> require(event.target() != null && (event.target().queue() == null) != (event.target().advisor() == null),
					"target", "queueOrAdvisor");
			case ENDED -> require(event.endedBy() != null && ENDERS.contains(event.endedBy()), "endedBy", "oneOf", ENDERS);
			case SURVEYED -> require(event.survey() != null && event.survey().answers() != null
					&& event.survey().answers().stream().allMatch(key -> key != null && key.question() != null && key.score() != null),
					"survey.answers", "cti.keys");
			default -> {
			}
		}
	}

	private static void require(boolean condition, String field, String code, Object... arguments) {
		if (!condition) {
			throw new InvalidFieldException(field, code, arguments);
		}
	}
}
