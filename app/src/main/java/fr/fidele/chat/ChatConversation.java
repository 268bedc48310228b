package fr.fidele.chat;

import java.time.Instant;

/**
 * A chat conversation.
 *
 * @param verified whether the company's site proved who the customer is (their reference, signed)
 * @param customerSeen the number of the last message the customer's widget showed (the advisor's "read")
 * @param advisorSeen the number of the last message the advisor's workspace showed (the customer's "read")
 */
public record ChatConversation(long id, long widgetId, Long customerId, boolean verified, String visitorName, String visitorEmail,
		String language, Long contactId, Long itemId, String state, String endedBy, int customerSeen, int advisorSeen, Instant startedAt,
		Instant endedAt) {

	public boolean open() {
		return "OPEN".equals(state);
	}
}
