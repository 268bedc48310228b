package fr.fidele.accounts.web;

import fr.fidele.accounts.Users;
import fr.fidele.accounts.security.SignInAttempts;
import fr.fidele.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An administrator lifts the wait or the lock that wrong passwords put on an account. */
@RestController
@Tag(name = "Accounts")
class UserLocksApiController {

	private final Users users;
	private final SignInAttempts attempts;

	UserLocksApiController(Users users, SignInAttempts attempts) {
		this.users = users;
		this.attempts = attempts;
	}

	@PostMapping("/api/users/{username}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlock an account locked or slowed by wrong passwords")
	void unlock(@PathVariable String username) {
		users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		attempts.unlock(username);
	}
}
