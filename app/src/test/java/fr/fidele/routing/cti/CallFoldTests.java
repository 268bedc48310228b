package fr.fidele.routing.cti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A call's events folded in the order they happened, whatever the order they arrived in. */
class CallFoldTests {

	static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

	static CallEvent event(String id, String type, int second) {
		return new CallEvent(id, type, "call-1", T0.plusSeconds(second), null, null, null, null, null, null, null, null, null, null, null);
	}

	static List<CallEvent> aTransferredCall() {
		return List.of(
				new CallEvent("e1", "call.offered", "call-1", T0, null, "+33612345678", "3900",
						new CallEvent.Menu("fr", "BILLING", List.of("2")), "BILLING", null, null, null, null, null, null),
				event("e2", "call.queued", 1),
				new CallEvent("e3", "call.answered", "call-1", T0.plusSeconds(40), null, null, null, null, null, "camille", null, null, null, null, null),
				event("e4", "call.held", 60), event("e5", "call.resumed", 90),
				new CallEvent("e6", "call.transferred", "call-1", T0.plusSeconds(120), null, null, null, null, null, null,
						new CallEvent.Target("TECHNICAL", null), "box reset twice, still no line", null, null, null),
				new CallEvent("e7", "call.answered", "call-1", T0.plusSeconds(150), null, null, null, null, null, "emma", null, null, null, null, null),
				new CallEvent("e8", "call.ended", "call-1", T0.plusSeconds(400), null, null, null, null, null, null, null, null, "CUSTOMER", null, null));
	}

	@Test
	void aCallTellsItsLegsNotesHoldsAndEnd() {
		CallState call = CallFold.fold("call-1", aTransferredCall());
		assertThat(call.offeredAt()).isEqualTo(T0);
		assertThat(call.caller()).isEqualTo("+33612345678");
		assertThat(call.reason()).isEqualTo("BILLING");
		assertThat(call.queue()).isEqualTo("TECHNICAL");
		assertThat(call.legs()).containsExactly(
				new CallState.Leg("camille", T0.plusSeconds(40), T0.plusSeconds(120), "box reset twice, still no line"),
				new CallState.Leg("emma", T0.plusSeconds(150), T0.plusSeconds(400), null));
		assertThat(call.answeredAt()).isEqualTo(T0.plusSeconds(40));
		assertThat(call.holds()).isEqualTo(1);
		assertThat(call.onHold()).isEqualTo(Duration.ofSeconds(30));
		assertThat(call.endedBy()).isEqualTo("CUSTOMER");
		assertThat(call.connectedAdvisor()).isNull();
	}

	@Test
	void aPostCallSurveyChangesNothingOfTheCall() {
		List<CallEvent> surveyed = new ArrayList<>(aTransferredCall());
		// stamped while the call still runs (a switch's clock may say so): still not a part of the call
		surveyed.add(event("e9", "call.surveyed", 200));
		assertThat(CallFold.fold("call-1", surveyed)).isEqualTo(CallFold.fold("call-1", aTransferredCall()));
	}

	@Test
	void anyArrivalOrderGivesTheSameCall() {
		CallState inOrder = CallFold.fold("call-1", aTransferredCall());
		Random random = new Random(42);
		for (int i = 0; i < 50; i++) {
			List<CallEvent> shuffled = new ArrayList<>(aTransferredCall());
			Collections.shuffle(shuffled, random);
			assertThat(CallFold.fold("call-1", shuffled)).isEqualTo(inOrder);
		}
	}

	@Test
	void anEndArrivingBeforeTheAnswerIsNotAnAbandon() {
		List<CallEvent> events = aTransferredCall();
		CallState endFirst = CallFold.fold("call-1", List.of(events.get(7), events.get(0)));
		assertThat(endFirst.legs()).isEmpty();
		CallState thenAnswer = CallFold.fold("call-1", List.of(events.get(7), events.get(0), events.get(2)));
		assertThat(thenAnswer.legs()).containsExactly(new CallState.Leg("camille", T0.plusSeconds(40), T0.plusSeconds(400), null));
	}

	@Test
	void eventsAfterTheEndChangeNothingButACallbackRequest() {
		List<CallEvent> events = new ArrayList<>(aTransferredCall().subList(0, 2));
		events.add(new CallEvent("e9", "call.ended", "call-1", T0.plusSeconds(100), null, null, null, null, null, null, null, null, "CUSTOMER", null, null));
		events.add(new CallEvent("e10", "call.answered", "call-1", T0.plusSeconds(110), null, null, null, null, null, "camille", null, null, null, null, null));
		events.add(new CallEvent("e11", "callback.requested", "call-1", T0.plusSeconds(101), null, null, null, null, null, null, null, null, null, null, null));
		CallState call = CallFold.fold("call-1", events);
		assertThat(call.legs()).isEmpty();
		assertThat(call.callbackNumber()).isEqualTo("+33612345678");
		assertThat(call.callbackAt()).isEqualTo(T0.plusSeconds(101));
	}

	@Test
	void theSwitchSequenceOrdersEventsOfTheSameInstant() {
		CallEvent answered = new CallEvent("b", "call.answered", "call-1", T0, 2L, null, null, null, null, "camille", null, null, null, null, null);
		CallEvent offered = new CallEvent("a", "call.offered", "call-1", T0, 1L, "+33612345678", null, null, "GENERAL", null, null, null, null, null, null);
		CallEvent ended = new CallEvent("c", "call.ended", "call-1", T0, 3L, null, null, null, null, null, null, null, "ADVISOR", null, null);
		CallState call = CallFold.fold("call-1", List.of(ended, answered, offered));
		assertThat(call.legs()).hasSize(1);
		assertThat(call.endedBy()).isEqualTo("ADVISOR");
	}
}
