package fr.fidele.routing;

import java.time.Instant;

import fr.fidele.contacts.Channel;
import fr.fidele.contacts.Direction;

/**
 * Something for an advisor to handle: its channel, who it is from (when known), why (the reason chosen in the
 * voice menu or the form), in which language, and optionally the queue it must join.
 */
public record Arrival(Channel channel, Direction direction, Long customerId, String reasonCode, String language, String queue,
		String callbackNumber, String externalRef, Instant at) {
}
