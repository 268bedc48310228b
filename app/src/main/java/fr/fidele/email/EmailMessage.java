package fr.fidele.email;

import java.time.Instant;

/**
 * A message of a conversation, as the case file shows it.
 *
 * @param html the sanitised HTML part, null when the message had none
 * @param ignored why it opened no contact (AUTO_REPLY, BOUNCE, BULK, RATE_LIMIT), or null
 */
public record EmailMessage(long id, long threadId, String direction, String sender, String recipients, String subject, Instant receivedAt,
		String text, String html, String ignored, Long contactId) {
}
