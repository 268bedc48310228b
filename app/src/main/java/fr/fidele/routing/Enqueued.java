package fr.fidele.routing;

import java.util.OptionalLong;

/** Where an arrival went: its item, its contact in the case file, its queue, and the wait the customer is told. */
public record Enqueued(long itemId, long contactId, String queue, OptionalLong estimatedWaitSeconds, boolean callbackOffered) {
}
