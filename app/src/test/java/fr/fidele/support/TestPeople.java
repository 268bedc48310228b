package fr.fidele.support;

import java.util.EnumSet;
import java.util.UUID;

import fr.fidele.accounts.ApiTokens;
import fr.fidele.accounts.NewUser;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.Users;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates users of a given role, with a password and an API token, under names no other test uses. */
@Component
public class TestPeople {

	public static final String PASSWORD = "test-" + UUID.randomUUID();

	/** A created user and their API token. */
	public record Person(long id, String username, String token) {
	}

	private final Users users;
	private final ApiTokens tokens;
	private final PasswordEncoder encoder;

	TestPeople(Users users, ApiTokens tokens, PasswordEncoder encoder) {
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
	}

	public Person create(Role role) {
		return create(role, "fr");
	}

	/** A user whose profile's language is {@code language} ({@code fr} or {@code en}). */
	public Person create(Role role, String language) {
		return create(role, language, null);
	}

	/** A French-speaking user in the team {@code teamId}. */
	public Person inTeam(Role role, long teamId) {
		return create(role, "fr", teamId);
	}

	/** A new team's id. */
	public long team() {
		return users.createTeam("Équipe " + UUID.randomUUID().toString().substring(0, 8));
	}

	private Person create(Role role, String language, Long teamId) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		long id = users.create(new NewUser(username, "Test " + role, EnumSet.of(role), teamId, language, encoder.encode(PASSWORD)));
		return new Person(id, username, tokens.create(id, "test").secret());
	}
}
