package fr.fidele.routing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The advisors' event streams: an open one keeps its advisor alive, one its client left is let go. */
@FideleTest
class LiveUpdatesTests {

	@LocalServerPort
	int port;

	@Autowired
	LiveUpdates live;

	@Autowired
	TestPeople people;

	@Test
	void aStreamItsClientLeftIsForgottenAndNoLongerKeepsItsAdvisorAlive() throws Exception {
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/routing/events"))
			.header("Authorization", "Bearer " + advisor.token()).build();
		HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream events = response.body()) {
			assertThat(new String(events.readNBytes(12))).as("told at once it is connected").startsWith("event:offers");
			assertThat(live.streamsOf(advisor.id())).isEqualTo(1);
		}
		// the client has gone: the heartbeat's comment to the stream fails (at the first or second write)
		Awaitility.await("the stream let go").atMost(RoutingFixture.PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
			live.heartbeat();
			return live.streamsOf(advisor.id()) == 0;
		});
	}
}
