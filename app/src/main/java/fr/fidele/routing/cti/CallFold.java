package fr.fidele.routing.cti;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds a call's events into its state, sorted by when they happened (then by the switch's sequence), so that an
 * event arriving late takes its right place and the same events in any order give the same state. Events after
 * the end are ignored but for the callback request (which the switch may report after hanging up). The post-call
 * survey changes nothing of the call: its answers go to the surveys.
 */
final class CallFold {

	static final Comparator<CallEvent> HAPPENED = Comparator.comparing(CallEvent::occurredAt).thenComparingLong(CallEvent::order)
		.thenComparing(CallEvent::eventId);

	private CallFold() {
	}

	static CallState fold(String callId, List<CallEvent> events) {
		List<CallEvent> ordered = events.stream().sorted(HAPPENED).toList();
		Instant offeredAt = ordered.isEmpty() ? null : ordered.get(0).occurredAt();
		String caller = null;
		String language = null;
		String reason = null;
		String queue = null;
		List<CallState.Leg> legs = new ArrayList<>();
		CallEvent.Target target = null;
		int holds = 0;
		Duration onHold = Duration.ZERO;
		Instant heldSince = null;
		Instant endedAt = null;
		String endedBy = null;
		String callbackNumber = null;
		Instant callbackAt = null;
		for (CallEvent event : ordered) {
			Instant at = event.occurredAt();
			if (event.kind() == CallEventType.CALLBACK_REQUESTED) {
				callbackNumber = event.callbackNumber() != null ? event.callbackNumber() : caller;
				callbackAt = at;
				continue;
			}
			if (endedAt != null || event.kind() == CallEventType.SURVEYED) {
				continue;
			}
			if (event.caller() != null) {
				caller = event.caller();
			}
			if (event.ivr() != null) {
				language = event.ivr().language() != null ? event.ivr().language() : language;
				reason = event.ivr().reason() != null ? event.ivr().reason() : reason;
			}
			switch (event.kind()) {
				case OFFERED, QUEUED -> queue = event.queue() != null ? event.queue() : queue;
				case ANSWERED -> {
					closeOpenLeg(legs, at, null);
					legs.add(new CallState.Leg(event.advisor(), at, null, null));
					target = null;
				}
				case TRANSFERRED -> {
					closeOpenLeg(legs, at, event.note());
					target = event.target();
					if (target != null && target.queue() != null) {
						queue = target.queue();
					}
				}
				case HELD -> {
					holds++;
					heldSince = at;
				}
				case RESUMED -> {
					if (heldSince != null) {
						onHold = onHold.plus(Duration.between(heldSince, at));
						heldSince = null;
					}
				}
				case ENDED -> {
					closeOpenLeg(legs, at, null);
					endedAt = at;
					endedBy = event.endedBy();
				}
				default -> throw new IllegalStateException("unhandled " + event.kind());
			}
		}
		return new CallState(callId, offeredAt, caller, language, reason, queue, List.copyOf(legs), target, holds, onHold, endedAt,
				endedBy, callbackNumber, callbackAt);
	}

	private static void closeOpenLeg(List<CallState.Leg> legs, Instant at, String note) {
		int last = legs.size() - 1;
		if (last >= 0 && legs.get(last).endedAt() == null) {
			CallState.Leg leg = legs.get(last);
			legs.set(last, new CallState.Leg(leg.advisor(), leg.startedAt(), at, note));
		}
	}
}
