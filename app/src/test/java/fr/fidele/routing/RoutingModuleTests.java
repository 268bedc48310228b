package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.accounts.NewUser;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The routing module on its own: an advisor's change of presence is published with what caused it. */
@ModuleTest
class RoutingModuleTests {

	@Autowired
	AdvisorDesk desk;

	@Autowired
	Users users;

	@Test
	void anAdvisorGoingAwayPublishesTheChange(Scenario scenario) {
		String username = "mod-" + UUID.randomUUID().toString().substring(0, 8);
		long advisor = users.create(new NewUser(username, username, EnumSet.of(Role.ADVISOR), null, "fr", null));
		desk.presence(advisor, Presence.AVAILABLE);

		scenario.stimulate(() -> desk.presence(advisor, Presence.AWAY))
			.andWaitForEventOfType(AdvisorStatusChanged.class)
			.matching(changed -> changed.advisorId() == advisor && changed.to() == Presence.AWAY)
			.toArriveAndVerify(changed -> assertThat(changed).isEqualTo(
					new AdvisorStatusChanged(advisor, Presence.AVAILABLE, Presence.AWAY, PresenceCause.ADVISOR)));
	}
}
