package fr.fidele.routing;

import java.time.Instant;

import fr.fidele.contacts.CallFacts;

/**
 * Where a switch's call stands, as its events tell it: what the contact records ({@code facts}), the advisor on the
 * call now, where it was last transferred while nobody has it yet, the queue the switch put it in, and a callback
 * the customer asked for.
 */
public record CallProgress(CallFacts facts, Long connectedAdvisor, String transferQueue, Long transferAdvisor,
		String transferNote, String queue, String callbackNumber, Instant callbackAt) {

	boolean ended() {
		return facts.endedAt() != null;
	}
}
