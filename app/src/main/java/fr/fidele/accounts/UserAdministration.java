package fr.fidele.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import fr.fidele.accounts.AccountRequests.AccountChanges;
import fr.fidele.accounts.AccountRequests.NewAccount;
import fr.fidele.history.History;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.EmailAddress;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator creates and changes accounts: name, roles, team, language, enabled, a new password. Every change
 * is kept in the history with who, when and why (entity {@value #ENTITY}); the last enabled administrator can be
 * neither disabled nor lose the role, so that someone can always administer.
 */
@Service
public class UserAdministration {

	public static final String ENTITY = "user";
	private static final String USERNAME = "[a-z0-9][a-z0-9._@+-]{1,99}";
	private static final int LONGEST_NAME = 200;
	private static final int LONGEST_TEAM = 100;

	private final Users users;
	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final History history;

	UserAdministration(Users users, JdbcClient jdbc, PasswordEncoder encoder, History history) {
		this.users = users;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.history = history;
	}

	@Transactional
	public User create(NewAccount account, String reason) {
		if (account.username() == null || !account.username().matches(USERNAME)) {
			throw new InvalidFieldException("username", "username");
		}
		if (users.findByUsername(account.username()).isPresent()) {
			throw new InvalidFieldException("username", "usernameTaken", account.username());
		}
		String displayName = displayName(account.displayName());
		checkRoles(account.roles());
		if (account.password() != null) {
			PasswordPolicy.check("password", account.username(), account.password());
		}
		String email = email(account.email(), null);
		long id = users.create(new NewUser(account.username(), displayName, account.roles(), team(account.team()),
				language(account.language()), account.password() == null ? null : encoder.encode(account.password())),
				// an account without a password is active too: it signs in through single sign-on
				true);
		if (email != null) {
			users.update(withEmail(users.findById(id).orElseThrow(), email));
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("roles", account.roles());
		details.put("team", account.team());
		history.record(ENTITY, id, "created", reason, details);
		return users.findById(id).orElseThrow();
	}

	@Transactional
	public User change(String username, AccountChanges changes, String reason) {
		User before = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		User after = new User(before.id(), before.username(),
				changes.displayName() == null ? before.displayName() : displayName(changes.displayName()),
				changes.roles() == null ? before.roles() : checkRoles(changes.roles()),
				changes.team() == null ? before.teamId() : team(changes.team()),
				changes.language() == null ? before.language() : language(changes.language()),
				changes.enabled() == null ? before.enabled() : changes.enabled(),
				changes.email() == null ? before.email() : email(changes.email(), before.id()));
		boolean stopsAdministering = before.roles().contains(Role.ADMIN) && before.enabled()
				&& !(after.roles().contains(Role.ADMIN) && after.enabled());
		if (stopsAdministering && enabledAdministrators() == 1) {
			throw new ConflictException("lastAdministrator", username);
		}
		Map<String, Object> changed = differences(before, after);
		if (!changed.isEmpty()) {
			users.update(after);
			history.record(ENTITY, before.id(), "changed", reason, changed);
		}
		return after;
	}

	/** A new password set by an administrator (the person forgot theirs), following the policy. */
	@Transactional
	public void resetPassword(String username, String password, String reason) {
		User user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		PasswordPolicy.check("password", username, password);
		jdbc.sql("update app_user set password_hash = ? where id = ?").params(encoder.encode(password), user.id()).update();
		history.record(ENTITY, user.id(), "password reset", reason, Map.of());
	}

	/** A new team, by a name no other team has. */
	@Transactional
	public long createTeam(String name, String reason) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > LONGEST_TEAM) {
			throw new InvalidFieldException("name", trimmed.isEmpty() ? "required" : "tooLong", LONGEST_TEAM);
		}
		if (users.teams().containsValue(trimmed)) {
			throw new InvalidFieldException("name", "teamTaken", trimmed);
		}
		long id = users.createTeam(trimmed);
		history.record("team", id, "created", reason, Map.of("name", trimmed));
		return id;
	}

	private long enabledAdministrators() {
		return users.withRole(Role.ADMIN).stream().filter(User::enabled).count();
	}

	private static Map<String, Object> differences(User before, User after) {
		Map<String, Object> changed = new LinkedHashMap<>();
		put(changed, "displayName", before.displayName(), after.displayName());
		put(changed, "roles", before.roles(), after.roles());
		put(changed, "teamId", before.teamId(), after.teamId());
		put(changed, "language", before.language(), after.language());
		put(changed, "enabled", before.enabled(), after.enabled());
		put(changed, "email", before.email(), after.email());
		return changed;
	}

	private static void put(Map<String, Object> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.put(field, Map.of("from", String.valueOf(before), "to", String.valueOf(after)));
		}
	}

	private static String displayName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException("displayName", "required");
		}
		if (name.length() > LONGEST_NAME) {
			throw new InvalidFieldException("displayName", "tooLong", LONGEST_NAME);
		}
		return name.strip();
	}

	/** The address, checked and not another account's; null for none (null or blank). */
	private String email(String address, Long accountId) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String email = EmailAddress.check("email", address);
		users.findByEmail(email).filter(other -> !Long.valueOf(other.id()).equals(accountId)).ifPresent(other -> {
			throw new InvalidFieldException("email", "emailTaken", email);
		});
		return email;
	}

	private static User withEmail(User user, String email) {
		return new User(user.id(), user.username(), user.displayName(), user.roles(), user.teamId(), user.language(), user.enabled(), email);
	}

	private static java.util.Set<Role> checkRoles(java.util.Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidFieldException("roles", "required");
		}
		return roles;
	}

	private static String language(String language) {
		if (language == null) {
			return "fr";
		}
		if (!language.equals("fr") && !language.equals("en")) {
			throw new InvalidFieldException("language", "frOrEn");
		}
		return language;
	}

	/** The team's id by its name; null for none (no name, or ""). */
	private Long team(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return users.teams().entrySet().stream().filter(team -> team.getValue().equals(name.strip())).map(Map.Entry::getKey).findFirst()
			.orElseThrow(() -> new InvalidFieldException("team", "unknownTeam", name));
	}
}
