package fr.fidele.routing.web;

import java.security.Principal;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.Users;
import fr.fidele.platform.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person's user id, for the routing pages and API: known already for a request signed with a token. */
@Component
class Me {

	private final Users users;

	Me(Users users) {
		this.users = users;
	}

	long id(Principal principal) {
		if (principal instanceof Authentication authentication && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			return signedIn.id();
		}
		return users.findByUsername(principal.getName()).orElseThrow(() -> new NotFoundException("user", principal.getName())).id();
	}
}
