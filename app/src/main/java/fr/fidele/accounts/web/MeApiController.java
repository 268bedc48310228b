package fr.fidele.accounts.web;

import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.platform.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API token belongs to: lets an integration check its token and its roles. */
@RestController
@Tag(name = "Accounts")
class MeApiController {

	private final Users users;

	MeApiController(Users users) {
		this.users = users;
	}

	record Me(String username, String displayName, Set<Role> roles, String language) {
	}

	@GetMapping("/api/me")
	Me me(SignedInUser signedIn) {
		User user = users.findById(signedIn.id()).orElseThrow(() -> new NotFoundException("user", signedIn.username()));
		return new Me(user.username(), user.displayName(), user.roles(), user.language());
	}
}
