package fr.fidele.contacts;

import java.time.Instant;

import fr.fidele.casefile.Channel;

/** A contact was recorded, in its customer's case when the customer is known (customer and case are null otherwise). */
public record ContactRecorded(long contactId, Long customerId, Long caseId, Channel channel, Instant arrivedAt) {
}
