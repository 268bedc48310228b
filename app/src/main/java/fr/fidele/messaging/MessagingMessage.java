package fr.fidele.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A message of a messaging conversation, either way.
 *
 * @param author the customer's name as the network shows it (inbound) or the advisor's (outbound)
 * @param sendState for a reply: PENDING, SENT or FAILED; null for a customer's message
 */
public record MessagingMessage(long id, long threadId, String direction, String author, String body, Instant receivedAt, Long contactId,
		String sendState, String sendError, List<File> attachments) {

	/** A file sent with a message; {@code refused} when it was over the size limit and not kept. */
	public record File(long id, String filename, long size, boolean refused) {
	}
}
