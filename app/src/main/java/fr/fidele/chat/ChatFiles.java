package fr.fidele.chat;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a customer sends in their chat: kept whole up to {@code fidele.chat.attachment-limit} (a larger one is refused,
 * naming the field, and nothing is kept), each shown as a message naming it; given back only as a download.
 */
@Service
public class ChatFiles {

	private static final int LONGEST_NAME = 200;

	/** A file as it is downloaded. */
	public record StoredFile(String filename, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;
	private final ChatMessages messages;
	private final ChatProperties settings;
	private final Clock clock;

	ChatFiles(JdbcClient jdbc, ChatMessages messages, ChatProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public ChatMessage fromCustomer(ChatConversation conversation, String clientId, String filename, String contentType, byte[] content) {
		if (!conversation.open()) {
			throw new ConflictException("chatEnded");
		}
		if (content == null || content.length == 0) {
			throw new InvalidFieldException("file", "required");
		}
		if (content.length > settings.attachmentLimit().toBytes()) {
			throw new InvalidFieldException("file", "fileTooLarge", settings.attachmentLimit().toMegabytes());
		}
		String name = name(filename);
		long fileId = jdbc.sql("""
				insert into chat_file (conversation_id, filename, content_type, size, content, created_at) values (?, ?, ?, ?, ?, ?) returning id""")
			.params(conversation.id(), name, contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, content.length,
					content, Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return messages.post(conversation.id(), ChatMessages.Author.CUSTOMER, null, conversation.visitorName(), clientId, name, fileId);
	}

	/** Only the last part of the name the browser gives (never a path), without control characters, bounded. */
	private static String name(String given) {
		String name = given == null ? "" : StorableText.of(given).replaceAll("[\\p{Cntrl}]", "");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty()) {
			name = "fichier";
		}
		return name.length() <= LONGEST_NAME ? name : name.substring(name.length() - LONGEST_NAME);
	}

	/** The file, when it belongs to this conversation. */
	public Optional<StoredFile> of(long conversationId, long fileId) {
		return jdbc.sql("select filename, content_type, content from chat_file where id = ? and conversation_id = ?").params(fileId, conversationId)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	/** The file, for the people who read case files. */
	public Optional<StoredFile> of(long fileId) {
		return jdbc.sql("select filename, content_type, content from chat_file where id = ?").param(fileId)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}
}
