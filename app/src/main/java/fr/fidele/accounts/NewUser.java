package fr.fidele.accounts;

import java.util.Set;

/**
 * A user to create.
 *
 * @param passwordHash an already encoded password, or null for an account that cannot sign in with a
 * password (an advisor known only from an imported log, for instance)
 */
public record NewUser(String username, String displayName, Set<Role> roles, Long teamId, String language,
		String passwordHash) {
}
