package fr.fidele.routing;

import java.time.Instant;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;

/**
 * Something for an advisor to handle: its channel, who it is from (when known), why (the reason chosen in the
 * voice menu or the form), in which language, optionally the queue it must join, and the case it continues when its
 * channel knows it (a reply to an e-mail); without one the contacts module finds or opens the case.
 */
public record Arrival(Channel channel, Direction direction, Long customerId, String reasonCode, String language, String queue,
		String callbackNumber, String externalRef, Instant at, Long caseId) {

	public Arrival(Channel channel, Direction direction, Long customerId, String reasonCode, String language, String queue,
			String callbackNumber, String externalRef, Instant at) {
		this(channel, direction, customerId, reasonCode, language, queue, callbackNumber, externalRef, at, null);
	}
}
