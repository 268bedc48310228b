package fr.fidele.routing;

/** Where an arrival went: its item, its contact in the case file, its queue. */
public record Enqueued(long itemId, long contactId, String queue) {
}
