package fr.fidele.privacy;

import java.time.Instant;

/** A customer's personal data was erased on their request; only facts without identity remain. */
public record CustomerErased(long customerId, Instant erasedAt) {
}
