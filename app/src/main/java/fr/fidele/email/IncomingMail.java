package fr.fidele.email;

import java.time.Instant;
import java.util.List;

import fr.fidele.platform.StorableText;

/**
 * A message as read from a mailbox, before it is kept.
 *
 * @param messageId its {@code Message-ID}, or one made from its content when it has none, so that it is still kept once
 * @param references the ids of the messages it answers, oldest first ({@code References}, then {@code In-Reply-To})
 * @param html its HTML part, already sanitised; null when it has none
 * @param ignored why it must open nothing (an automatic reply, a bounce, a mailing list), or null
 * @param attachments the files attached, those over the size limit without their content
 * @param undelivered for a bounce, the address it says could not be reached (its {@code Final-Recipient}), else null
 */
record IncomingMail(String messageId, String inReplyTo, List<String> references, String sender, String senderName,
		String recipients, String subject, Instant sentAt, String text, String html, IgnoredBecause ignored,
		List<Attachment> attachments, String undelivered) {

	/** Every text as PostgreSQL can keep it: a broken message may carry NUL characters. */
	IncomingMail {
		messageId = StorableText.of(messageId);
		inReplyTo = StorableText.of(inReplyTo);
		references = references.stream().map(StorableText::of).toList();
		sender = StorableText.of(sender);
		senderName = StorableText.of(senderName);
		recipients = StorableText.of(recipients);
		subject = StorableText.of(subject);
		text = StorableText.of(text);
		html = StorableText.of(html);
		undelivered = StorableText.of(undelivered);
	}
}
