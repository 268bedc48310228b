package fr.fidele.routing;

import java.time.Instant;

/**
 * What Fidèle tells the switch about a call: keep it in a queue (with the wait to announce, and whether to offer a
 * callback), connect it to an advisor, or nothing more to do. {@code opensAt} is set when the queue is closed now
 * (outside its hours, a holiday): the switch announces it and offers the callback.
 */
public record RoutingAnswer(String callId, long itemId, long contactId, String state, Action action, String queue, String advisor,
		Long estimatedWaitSeconds, boolean offerCallback, Instant opensAt) {

	/** What the switch should do with the call. */
	public enum Action {
		QUEUE, CONNECT, NONE
	}
}
