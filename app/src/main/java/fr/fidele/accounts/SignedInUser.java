package fr.fidele.accounts;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who a request is signed in as, through either door (a page's session or an API token): id, username, roles, team
 * and language, read once at sign-in (pages) or with the token (API). Controllers take it as a parameter and never look the
 * user up by name; a change of role or team applies from the next sign-in.
 */
public record SignedInUser(long id, String username, Set<Role> roles, Long teamId, String language)
		implements AuthenticatedPrincipal, Serializable {

	public SignedInUser {
		roles = Set.copyOf(roles);
	}

	public static SignedInUser of(User user) {
		return new SignedInUser(user.id(), user.username(), user.roles(), user.teamId(), user.language());
	}

	@Override
	public String getName() {
		return username;
	}
}
