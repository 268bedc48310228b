package fr.fidele.email;

import java.time.Instant;
import java.util.List;

/**
 * A message of a conversation, as the case file shows it.
 *
 * @param html the sanitised HTML part, null when the message had none
 * @param ignored why it opened no contact (AUTO_REPLY, BOUNCE, BULK, RATE_LIMIT), or null
 * @param sendState for a reply: PENDING, SENT or FAILED; null for a message received
 * @param sendError for a reply not sent yet or given up: the SMTP server's last answer
 * @param attachments the files attached, kept or refused
 */
public record EmailMessage(long id, long threadId, String direction, String sender, String recipients, String subject, Instant receivedAt,
		String text, String html, String ignored, Long contactId, String sendState, String sendError, List<EmailAttachment> attachments) {

	/** The sender's own words: the text without the history and signature their software added. */
	public String fresh() {
		int start = QuotedHistory.start(text);
		return start < 0 ? text : text.substring(0, start).stripTrailing();
	}

	/** The history quoted and the signature, folded away in the case file; empty when there are none. */
	public String folded() {
		int start = QuotedHistory.start(text);
		return start < 0 ? "" : text.substring(start).strip();
	}

	EmailMessage withAttachments(List<EmailAttachment> files) {
		return new EmailMessage(id, threadId, direction, sender, recipients, subject, receivedAt, text, html, ignored, contactId, sendState,
				sendError, List.copyOf(files));
	}
}
