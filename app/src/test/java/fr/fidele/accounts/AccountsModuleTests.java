package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts module on its own, with the history and the platform: a token signs its owner in until it is revoked;
 * someone can always administer.
 */
@ModuleTest
class AccountsModuleTests {

	@Autowired
	Users users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAdministration administration;

	@Test
	void theLastActiveAdministratorCanBeNeitherDisabledNorDemoted() {
		String username = "last-" + UUID.randomUUID().toString().substring(0, 8);
		administration.create(new AccountRequests.NewAccount(username, "Dernière Admin", EnumSet.of(Role.ADMIN), null, "fr", null, null), "test");
		users.withRole(Role.ADMIN).stream().filter(admin -> !admin.username().equals(username)).forEach(admin -> administration
			.change(admin.username(), new AccountRequests.AccountChanges(null, null, null, null, false, null), "test"));

		assertThatThrownBy(() -> administration.change(username, new AccountRequests.AccountChanges(null, null, null, null, false, null), "test"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> administration.change(username,
				new AccountRequests.AccountChanges(null, EnumSet.of(Role.SUPERVISOR), null, null, null, null), "test"))
			.isInstanceOf(ConflictException.class);
		assertThat(users.findByUsername(username).orElseThrow().enabled()).isTrue();
	}

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
