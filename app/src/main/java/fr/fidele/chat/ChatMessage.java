package fr.fidele.chat;

import java.time.Instant;

/**
 * One message of a conversation, numbered in it from 1.
 *
 * @param author CUSTOMER, ADVISOR or SYSTEM (the conversation's start and end, a transfer)
 * @param authorName the advisor's display name (what the customer sees), or the visitor's
 * @param clientId the widget's own id for a customer's message (how it recognises its message coming back)
 * @param fileId the file the message carries (its body is then the file's name), or null
 */
public record ChatMessage(long id, long conversationId, int seq, String author, String authorName, String clientId, String body,
		Instant sentAt, Long fileId) {
}
