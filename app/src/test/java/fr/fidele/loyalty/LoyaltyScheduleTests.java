package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The recomputation's schedule set by a director applies from the next run; a cron that cannot be read is refused. */
@FideleTest
class LoyaltyScheduleTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	LoyaltySchedule schedule;

	@Autowired
	LoyaltyProperties configured;

	@AfterEach
	void backToTheConfiguration() {
		schedule.change(configured.recomputeCron(), "back to the configuration after a test");
	}

	@Test
	void aDirectorMovesTheNightlyRun() {
		ApiClient director = new ApiClient(port, people.create(Role.DIRECTOR).token());

		ApiClient.Response changed = director.post("/api/loyalty/schedule", "{\"cron\":\"0 0 4 * * *\"}");

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		Instant next = schedule.nextRun(Instant.parse("2026-12-04T10:00:00Z"));
		assertThat(next.atZone(ZoneId.systemDefault()).getHour()).isEqualTo(4);
		assertThat(next.atZone(ZoneId.systemDefault()).getMinute()).isZero();
		assertThat(new ApiClient(port, people.create(Role.SUPERVISOR).token()).get("/api/loyalty/schedule").json().get("cron").asString())
			.isEqualTo("0 0 4 * * *");
		assertThat(director.post("/api/loyalty/schedule", "{\"cron\":\"every night\"}").json().at("/errors/0/field").asString())
			.isEqualTo("cron");
	}
}
