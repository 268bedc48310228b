package fr.fidele.accounts.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.accounts.AccountRequests.AccountChanges;
import fr.fidele.accounts.AccountRequests.NewAccount;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.User;
import fr.fidele.accounts.UserAdministration;
import fr.fidele.accounts.Users;
import fr.fidele.accounts.security.SignInAttempts;
import fr.fidele.history.History;
import fr.fidele.history.HistoryEntry;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts and teams for administrators: list, create, change (roles, team, language, enabled), set a new password,
 * lift a sign-in lock, and read an account's history. A change's reason comes in the {@code X-Change-Reason} header.
 */
@RestController
@Tag(name = "Accounts")
class UserAdminApiController {

	private final UserAdministration administration;
	private final Users users;
	private final SignInAttempts attempts;
	private final History history;

	UserAdminApiController(UserAdministration administration, Users users, SignInAttempts attempts, History history) {
		this.administration = administration;
		this.users = users;
		this.attempts = attempts;
		this.history = history;
	}

	/** An account as the API shows it: never a password or its hash. */
	record Account(long id, String username, String displayName, Set<Role> roles, String team, String language, boolean enabled,
			String email) {
		static Account of(User user, Map<Long, String> teams) {
			return new Account(user.id(), user.username(), user.displayName(), user.roles(), teams.get(user.teamId()), user.language(),
					user.enabled(), user.email());
		}
	}

	record NewPassword(String password) {
	}

	record NewTeam(String name) {
	}

	@GetMapping("/api/users")
	List<Account> list() {
		Map<Long, String> teams = users.teams();
		return users.all().stream().map(user -> Account.of(user, teams)).toList();
	}

	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account; without a password it signs in only through single sign-on")
	Account create(@RequestBody NewAccount account, @RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return Account.of(administration.create(account, ChangeReason.or(reason, "created through the API")), users.teams());
	}

	@PatchMapping("/api/users/{username}")
	Account change(@PathVariable String username, @RequestBody AccountChanges changes,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return Account.of(administration.change(username, changes, ChangeReason.or(reason, "changed through the API")), users.teams());
	}

	@PostMapping("/api/users/{username}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable String username, @RequestBody NewPassword body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		administration.resetPassword(username, body.password(), ChangeReason.or(reason, "password set through the API"));
	}

	@PostMapping("/api/users/{username}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlock an account locked or slowed by wrong passwords")
	void unlock(@PathVariable String username) {
		existing(username);
		attempts.unlock(username);
	}

	@GetMapping("/api/users/{username}/history")
	List<HistoryEntry> history(@PathVariable String username) {
		return history.of(UserAdministration.ENTITY, existing(username).id());
	}

	@GetMapping("/api/teams")
	List<String> teams() {
		return List.copyOf(users.teams().values());
	}

	@PostMapping("/api/teams")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> createTeam(@RequestBody NewTeam team,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		long id = administration.createTeam(team.name(), ChangeReason.or(reason, "created through the API"));
		return Map.of("id", id, "name", users.teams().get(id));
	}

	private User existing(String username) {
		return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
	}
}
