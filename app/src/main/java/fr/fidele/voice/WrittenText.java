package fr.fidele.voice;

import java.time.Instant;

/** A text as its module publishes it: where from, whose, about which contact, in which language, when. */
record WrittenText(TextSource source, long sourceId, Long customerId, Long contactId, String language, Instant writtenAt, String body) {
}
