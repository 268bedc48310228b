package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import fr.fidele.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The accounts module on its own, with nothing but the platform: a token signs its owner in until it is revoked. */
@ModuleTest
class AccountsModuleTests {

	@Autowired
	Users users;

	@Autowired
	ApiTokens tokens;

	@Test
	void aTokenSignsItsOwnerInUntilRevoked() {
		String username = "mod-" + UUID.randomUUID().toString().substring(0, 8);
		long id = users.create(new NewUser(username, username, EnumSet.of(Role.SUPERVISOR), null, "en", "{noop}unused"));
		ApiTokens.Created created = tokens.create(id, "integration");

		assertThat(tokens.authenticate(created.secret())).map(SignedInUser::of)
			.contains(new SignedInUser(id, username, EnumSet.of(Role.SUPERVISOR), null, "en"));
		tokens.revoke(id, created.token().id());
		assertThat(tokens.authenticate(created.secret())).isEmpty();
	}
}
