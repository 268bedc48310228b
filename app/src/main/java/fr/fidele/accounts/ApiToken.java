package fr.fidele.accounts;

import java.time.Instant;

/** A personal API token as its owner sees it: never the secret, only its first characters. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
