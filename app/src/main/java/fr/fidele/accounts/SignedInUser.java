package fr.fidele.accounts;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who an API request is signed in as, with the user id found with the token: the routing API answers hundreds of
 * advisors' requests a second and need not look the user up again by name.
 */
public record SignedInUser(long id, String username) implements AuthenticatedPrincipal {

	@Override
	public String getName() {
		return username;
	}
}
