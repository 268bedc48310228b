package fr.fidele.routing.web;

import java.security.Principal;

import fr.fidele.accounts.Users;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** The signed-in person's user id, for the routing pages and API. */
@Component
class Me {

	private final Users users;

	Me(Users users) {
		this.users = users;
	}

	long id(Principal principal) {
		return users.findByUsername(principal.getName()).orElseThrow(() -> new NotFoundException("user", principal.getName())).id();
	}
}
