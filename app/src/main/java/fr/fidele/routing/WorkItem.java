package fr.fidele.routing;

import java.time.Instant;

import fr.fidele.casefile.Channel;

/**
 * A work item: a contact waiting for, offered to, or handled by an advisor.
 *
 * @param identityVerifiedBy the advisor who checked who the customer is
 * @param verifiedByChannel whether the channel itself proved it (a chat from the company's site, the customer signed
 * in there): nobody needs to ask
 */
public record WorkItem(long id, Channel channel, String queue, int priority, Instant placeAt, ItemState state, long contactId,
		Long customerId, String language, Long advisorId, Instant offeredAt, Instant queuedAt, Long targetAdvisorId,
		String transferNote, Long identityVerifiedBy, String callbackNumber, Instant arrivedAt, boolean verifiedByChannel) {

	ChannelKind kind() {
		return ChannelKind.of(channel);
	}
}
