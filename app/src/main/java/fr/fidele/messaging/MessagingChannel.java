package fr.fidele.messaging;

import java.time.Instant;

/**
 * A messaging channel as the administrator sees it: never its secret, shown once when it is added.
 *
 * @param key the unguessable part of its inbound address ({@code /api/messaging/v1/channels/{key}/messages})
 * @param outboundUrl where the advisors' replies are delivered
 */
public record MessagingChannel(long id, String name, MessagingKind kind, String key, String outboundUrl, String queue, boolean enabled,
		Instant createdAt) {
}
