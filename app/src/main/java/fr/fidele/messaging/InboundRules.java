package fr.fidele.messaging;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import fr.fidele.platform.InvalidFieldException;

/**
 * What an inbound message must hold before anything of it is kept: the ids that thread and deduplicate it, its author,
 * a text or a file, within bounds; each refusal names the JSON field at fault. A file over the size limit is not a
 * refusal: the message is kept and the file listed as refused, as for e-mail.
 */
final class InboundRules {

	static final int LONGEST_ID = 200;
	static final int LONGEST_TEXT = 20_000;
	private static final int LONGEST_FILENAME = 255;
	/** Line breaks a provider may wrap Base64 with; anything else outside the alphabet is a refusal. */
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A file as it will be kept: without content when over the limit. */
	record CheckedFile(String filename, String contentType, long size, byte[] content) {
	}

	private InboundRules() {
	}

	static InboundMessage check(InboundMessage message) {
		bounded("messageId", message.messageId(), LONGEST_ID, true);
		bounded("threadId", message.threadId(), LONGEST_ID, true);
		if (message.author() == null) {
			throw new InvalidFieldException("author", "required");
		}
		bounded("author.id", message.author().id(), LONGEST_ID, true);
		bounded("author.name", message.author().name(), LONGEST_ID, false);
		boolean files = message.attachments() != null && !message.attachments().isEmpty();
		bounded("text", message.text(), LONGEST_TEXT, !files);
		return message;
	}

	static List<CheckedFile> files(InboundMessage message, long limit) {
		List<CheckedFile> checked = new ArrayList<>();
		List<InboundMessage.File> files = message.attachments() == null ? List.of() : message.attachments();
		for (int i = 0; i < files.size(); i++) {
			InboundMessage.File file = files.get(i);
			String field = "attachments[" + i + "]";
			if (file == null) {
				throw new InvalidFieldException(field, "required");
			}
			bounded(field + ".filename", file.filename(), LONGEST_FILENAME, true);
			byte[] content;
			try {
				content = Base64.getDecoder().decode(file.content() == null ? "" : WHITESPACE.matcher(file.content()).replaceAll(""));
			}
			catch (IllegalArgumentException notBase64) {
				throw new InvalidFieldException(field + ".content", "base64");
			}
			String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream" : file.contentType().strip();
			checked.add(new CheckedFile(file.filename().strip(), type, content.length, content.length > limit ? null : content));
		}
		return checked;
	}

	private static void bounded(String field, String value, int longest, boolean required) {
		if (required && (value == null || value.isBlank())) {
			throw new InvalidFieldException(field, "required");
		}
		if (value != null && value.length() > longest) {
			throw new InvalidFieldException(field, "tooLong", longest);
		}
	}
}
