package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.support.ReadContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The view the accounts module publishes for other modules' reads of who is who (V12): no password, the team named. */
@FideleTest
class UserReadContractTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Users users;

	@Test
	void userFactsNameEachUsersTeamAndHoldNoSecret() {
		assertThat(ReadContract.columns(jdbc, "user_facts")).containsExactly("id", "username", "display_name", "team_id", "team_name",
				"enabled");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long team = users.createTeam("Équipe " + suffix);
		long id = users.create(new NewUser("rc-" + suffix, "Nora Petit", EnumSet.of(Role.ADVISOR), team, "fr", "{noop}not-read"));

		assertThat(ReadContract.row(jdbc, "user_facts", "id", id)).containsEntry("username", "rc-" + suffix)
			.containsEntry("display_name", "Nora Petit").containsEntry("team_id", team).containsEntry("team_name", "Équipe " + suffix)
			.containsEntry("enabled", true);
	}
}
