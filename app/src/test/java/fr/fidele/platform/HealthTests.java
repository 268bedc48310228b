package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Health says UP to anyone and what is behind it (database, disk) only to administrators; the probes stay public. */
@FideleTest
class HealthTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void anonymousCallersGetTheStatusAlone() {
		ApiClient.Response health = new ApiClient(port, null).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("components", "diskSpace", "PostgreSQL", "path");
	}

	@Test
	void administratorsSeeTheDetailsAndOthersDoNot() {
		JsonNode forAdmin = new ApiClient(port, people.create(Role.ADMIN).token()).get("/actuator/health").json();
		assertThat(forAdmin.at("/components/db/details/database").asString()).isEqualTo("PostgreSQL");
		assertThat(forAdmin.at("/components/diskSpace/status").asString()).isEqualTo("UP");
		assertThat(forAdmin.at("/components/loyaltyFigures/details/lastComputed").asString()).as("the loyalty job's last run")
			.isNotEmpty();
		assertThat(forAdmin.at("/components/webhooks/details/stoppedSubscriptions").isNumber()).isTrue();

		String forSupervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token()).get("/actuator/health").body();
		assertThat(forSupervisor).doesNotContain("components");
	}

	@Test
	void probesArePublic() {
		ApiClient anonymous = new ApiClient(port, null);
		assertThat(anonymous.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
		assertThat(anonymous.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
	}
}
