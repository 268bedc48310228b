package fr.fidele.accounts;

import java.util.Set;

/**
 * A person who signs in to Fidèle.
 *
 * @param email where a forgotten password's reset link is sent; null when the account has none
 */
public record User(long id, String username, String displayName, Set<Role> roles, Long teamId, String language,
		boolean enabled, String email) {
}
