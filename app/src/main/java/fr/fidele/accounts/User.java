package fr.fidele.accounts;

import java.util.Set;

/** A person who signs in to Fidèle. */
public record User(long id, String username, String displayName, Set<Role> roles, Long teamId, String language,
		boolean enabled) {
}
