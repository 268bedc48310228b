package fr.fidele.email;

import fr.fidele.platform.StorableText;

/**
 * A file attached to a message received, as read.
 *
 * @param content its bytes, or null when it was over the size limit (then {@code size} is how much was read before
 * stopping, at least the limit)
 */
record Attachment(String filename, String contentType, long size, byte[] content) {

	Attachment {
		filename = StorableText.of(filename);
		contentType = StorableText.of(contentType);
	}
}
