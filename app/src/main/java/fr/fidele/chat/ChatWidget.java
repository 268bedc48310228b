package fr.fidele.chat;

import java.time.Instant;
import java.util.List;

/**
 * A chat widget as the administrator sees it: never its identity secret, shown once when it is added.
 *
 * @param key the public, unguessable part of its script's and frame's addresses
 * @param allowedOrigins the sites that may show it (the frame's {@code frame-ancestors}), e.g. {@code https://www.exemple.fr}
 * @param fallbackMailboxId the mailbox a message left outside hours goes to, as an e-mail case; null: no message left
 */
public record ChatWidget(long id, String key, String name, String queue, List<String> allowedOrigins, Long fallbackMailboxId,
		boolean enabled, Instant createdAt) {
}
