package fr.fidele.catalogue;

import java.time.Instant;

/** A suggestion shown beside a contact, its reason in plain words, and what became of it (null: shown only). */
public record Suggestion(long id, long contactId, long customerId, String product, String productName, String why, Instant shownAt,
		SuggestionStatus status) {
}
