package fr.fidele.contacts;

import java.time.Instant;

/** A customer's request, followed across contacts and channels until it is resolved. */
public record SupportCase(long id, long customerId, String reasonCode, String subject, CaseStatus status, Long ownerId,
		Instant openedAt, Instant resolvedAt, Instant closedAt, int version) {
}
