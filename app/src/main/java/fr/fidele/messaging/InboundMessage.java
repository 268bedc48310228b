package fr.fidele.messaging;

import java.time.Instant;
import java.util.List;

import fr.fidele.platform.StorableText;

/**
 * A customer's message as the provider delivers it to the inbound webhook (JSON).
 *
 * @param messageId the provider's id of the message: the same id delivered twice is one message
 * @param threadId the provider's id of the conversation (a phone number's thread, a page's conversation)
 * @param text the message's text; may be empty when it carries attachments
 * @param sentAt when the customer sent it, if the provider says
 * @param attachments files sent with it, their content in Base64
 */
public record InboundMessage(String messageId, String threadId, Author author, String text, Instant sentAt, List<File> attachments) {

	/** Texts as PostgreSQL can keep them (JSON may carry NUL characters). */
	public InboundMessage {
		messageId = StorableText.of(messageId);
		threadId = StorableText.of(threadId);
		text = StorableText.of(text);
	}

	/** Who wrote: the provider's id for them (a phone number in E.164 for SMS and WhatsApp) and the name they show. */
	public record Author(String id, String name) {

		public Author {
			id = StorableText.of(id);
			name = StorableText.of(name);
		}
	}

	public record File(String filename, String contentType, String content) {

		public File {
			filename = StorableText.of(filename);
			contentType = StorableText.of(contentType);
		}
	}
}
