package fr.fidele.loyalty;

import java.time.Instant;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.EndedBy;

/**
 * One contact behind a service measure, as its drill-down lists it.
 *
 * @param waitSeconds seconds waited before the answer or the abandon, for contacts offered to a queue; null otherwise
 */
public record MeasuredContact(long id, Long customerId, String customerReference, String customerName,
		Instant arrivedAt, Channel channel, String queue, Double waitSeconds, EndedBy endedBy, Boolean resolved) {
}
