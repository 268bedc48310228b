package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decision tool's settings set by a director: the recomputation's schedule applies from the next run, the
 * company's measure thresholds to every report that names none; what cannot be read is refused naming it.
 */
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

	@Autowired
	MeasureDefaults measureDefaults;

	@AfterEach
	void backToTheConfiguration() {
		schedule.change(configured.recomputeCron(), "back to the configuration after a test");
		measureDefaults.change(MeasureSettings.defaults(), "back to the documented defaults after a test");
	}

	@Test
	void theCompanysThresholdsApplyToReportsThatNameNone() {
		ApiClient director = new ApiClient(port, people.create(Role.DIRECTOR).token());
		assertThat(director.get("/api/loyalty/measures").json().at("/settings/targetSeconds").asInt()).isEqualTo(20);

		ApiClient.Response changed = director.post("/api/loyalty/measure-defaults", """
				{"shortAbandonSeconds":8,"targetSeconds":30,"abandonedCalls":"COUNTED_AS_MISSED","resolutionDays":3}""");

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		JsonNode settings = director.get("/api/loyalty/measures").json().get("settings");
		assertThat(settings.get("targetSeconds").asInt()).isEqualTo(30);
		assertThat(settings.get("abandonedCalls").asString()).isEqualTo("COUNTED_AS_MISSED");
		assertThat(director.get("/api/loyalty/measures?targetSeconds=45").json().at("/settings/targetSeconds").asInt())
			.as("a report naming its own").isEqualTo(45);
		assertThat(director.post("/api/loyalty/measure-defaults", """
				{"shortAbandonSeconds":8,"targetSeconds":99999,"abandonedCalls":"COUNTED_AS_MISSED","resolutionDays":3}""").json()
			.at("/errors/0/field").asString()).isEqualTo("targetSeconds");
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
