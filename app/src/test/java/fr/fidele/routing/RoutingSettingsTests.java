package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.history.History;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Routing's time windows set on the settings page apply at once instead of the configuration's, are kept in the
 * history with their reason, and a duration that cannot be read is refused naming the field.
 */
@FideleTest
class RoutingSettingsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingWindows windows;

	@Autowired
	RoutingProperties configured;

	@Autowired
	History history;

	@AfterEach
	void backToTheConfiguration() {
		windows.change(new RoutingWindows.Windows(configured.stickyWindow(), configured.stickyWait(), configured.offerTimeout(),
				configured.advisorTimeout()), "back to the configuration after a test");
	}

	@Test
	void windowsSetOnThePageApplyAtOnce() {
		assertThat(windows.current().offerTimeout()).isEqualTo(configured.offerTimeout());
		PageSession session = PageSession.signIn(port, people.create(Role.ADMIN, "fr").username(), TestPeople.PASSWORD);

		assertThat(session.submit("/admin/routing-settings", "stickyWindow=3d&stickyWait=15s&offerTimeout=vingt&advisorTimeout=45s&why=essai"))
			.contains("une durée comme 20s");
		String saved = session.submit("/admin/routing-settings", "stickyWindow=3d&stickyWait=15s&offerTimeout=40s&advisorTimeout=45s"
				+ "&why=les+conseillers+décrochent+plus+lentement");

		assertThat(saved).contains("C’est fait.");
		assertThat(windows.current()).isEqualTo(new RoutingWindows.Windows(Duration.ofDays(3), Duration.ofSeconds(15), Duration.ofSeconds(40),
				Duration.ofSeconds(45)));
		assertThat(history.of("routing-settings", 1).get(0).reason()).isEqualTo("les conseillers décrochent plus lentement");
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		assertThat(admin.get("/api/routing/settings").json().get("offerTimeout").asString()).isEqualTo("PT40S");
		assertThat(admin.put("/api/routing/settings", """
				{"stickyWindow":"PT1H","stickyWait":"PT10S","offerTimeout":"PT0S","advisorTimeout":"PT30S"}""").json()
			.at("/errors/0/field").asString()).isEqualTo("offerTimeout");
	}
}
