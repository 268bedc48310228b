package fr.fidele.voice;

import java.time.Instant;
import java.util.List;

/** A text a customer wrote, as analysed: where it comes from, whose, about which contact, its sentiment and themes. */
public record Verbatim(long id, TextSource source, Long customerId, Long contactId, String language, Instant writtenAt, String body,
		Sentiment sentiment, List<String> topics) {
}
