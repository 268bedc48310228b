package fr.fidele.accounts;

import java.util.Set;

/** What an administrator asks for an account. */
public final class AccountRequests {

	private AccountRequests() {
	}

	/**
	 * A new account.
	 *
	 * @param team the team's name, or null for none
	 * @param password the first password, following {@link PasswordPolicy}; null for an account that cannot sign in with a
	 * password (single sign-on only)
	 * @param email where a forgotten password's reset link is sent, or null for none
	 */
	public record NewAccount(String username, String displayName, Set<Role> roles, String team, String language, String password,
			String email) {
	}

	/** Changes to an account; a null field stays as it is ({@code team} "" removes the team, {@code email} "" the address). */
	public record AccountChanges(String displayName, Set<Role> roles, String team, String language, Boolean enabled, String email) {
	}
}
