package fr.fidele.mystery;

import static fr.fidele.quality.QualityFixture.criterion;
import static fr.fidele.quality.QualityFixture.grid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.quality.QualityFixture;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import fr.fidele.support.TestPeople.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A shopper sees and reports only their own assignments, once each, scored with the campaign's grid; the results set
 * the company against each competitor per wave, channel and criterion, with the sample size and Student's interval.
 */
@FideleTest
class MysteryShoppingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	private ApiClient api(Person person) {
		return new ApiClient(port, person.token()).header("Accept-Language", "fr-FR");
	}

	private static JsonNode created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static String visit(String at, int greeted, int answered) {
		return """
				{"visitedAt":"%s","channel":"PHONE","evidence":"Appel de 6 minutes, réponse claire sur le contrat",
				 "answers":[{"position":1,"value":%d},{"position":2,"value":%d}]}""".formatted(at, greeted, answered);
	}

	@Test
	void aShopperSeesAndReportsOnlyTheirAssignmentsAndTheResultsSetTheCompanyAgainstEachCompetitor() {
		Person lead = people.create(Role.SUPERVISOR);
		Person shopper = people.create(Role.SHOPPER);
		Person other = people.create(Role.SHOPPER);
		ApiClient api = api(lead);
		long gridId = created(api.post("/api/quality/grids", grid(QualityFixture.code(), 80,
				criterion("Salue", 1, "YES_NO", null, false) + "," + criterion("Répond", 1, "SCALE", 5, false)))).get("id").asLong();
		JsonNode campaign = created(api.post("/api/mystery/campaigns", """
				{"name":"Résiliation %s","gridId":%d,"scenarios":[{"title":"Je veux résilier","situation":"Client depuis 3 ans, trouve moins cher",
				 "channel":"PHONE","ask":"Les frais de résiliation","good":"Explique les frais, propose une offre adaptée sans insister"}]}"""
			.formatted(UUID.randomUUID(), gridId)));
		long scenario = campaign.at("/scenarios/0/id").asLong();
		long rival = created(api.post("/api/mystery/competitors", "{\"name\":\"Rival %s\"}".formatted(UUID.randomUUID()))).get("id").asLong();
		String due = LocalDate.now().plusDays(7).toString();
		List<Long> company = List.of(assign(api, scenario, 1, shopper, null, due), assign(api, scenario, 1, shopper, null, due),
				assign(api, scenario, 1, shopper, null, due));
		long atRival = assign(api, scenario, 1, shopper, rival, due);
		long othersOwn = assign(api, scenario, 1, other, rival, due);
		ApiClient.Response notAShopper = api.post("/api/mystery/assignments", """
				{"scenarioId":%d,"wave":1,"shopperId":%d,"dueOn":"%s"}""".formatted(scenario, lead.id(), due));
		String yesterday = Instant.now().minusSeconds(86_400).toString();

		ApiClient.Response future = api(shopper).post("/api/mystery/assignments/" + company.get(0) + "/visit",
				visit(Instant.now().plusSeconds(86_400).toString(), 1, 5));
		ApiClient.Response unanswered = api(shopper).post("/api/mystery/assignments/" + company.get(0) + "/visit", """
				{"visitedAt":"%s","channel":"PHONE","evidence":"x","answers":[{"position":1,"value":1}]}""".formatted(yesterday));
		// scores: yes + 5 → 100; yes + 3 → 75; no + 3 → 25 (mean 66.67); the rival: no + 1 → 0
		assertThat(api(shopper).post("/api/mystery/assignments/" + company.get(0) + "/visit", visit(yesterday, 1, 5)).status()).isEqualTo(200);
		assertThat(api(shopper).post("/api/mystery/assignments/" + company.get(1) + "/visit", visit(yesterday, 1, 3)).status()).isEqualTo(200);
		assertThat(api(shopper).post("/api/mystery/assignments/" + company.get(2) + "/visit", visit(yesterday, 0, 3)).status()).isEqualTo(200);
		assertThat(api(shopper).post("/api/mystery/assignments/" + atRival + "/visit", visit(yesterday, 0, 1)).status()).isEqualTo(200);
		ApiClient.Response twice = api(shopper).post("/api/mystery/assignments/" + atRival + "/visit", visit(yesterday, 1, 5));

		assertThat(notAShopper.json().at("/errors/0/field").asString()).isEqualTo("shopperId");
		assertThat(future.json().at("/errors/0/field").asString()).isEqualTo("visitedAt");
		assertThat(unanswered.json().at("/errors/0/field").asString()).isEqualTo("answers");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(StreamSupport.stream(api(shopper).get("/api/mystery/assignments/mine").json().spliterator(), false).map(a -> a.get("id").asLong()))
			.hasSize(4).doesNotContain(othersOwn);
		assertThat(api(shopper).get("/api/mystery/assignments/" + othersOwn).status()).isEqualTo(404);
		assertThat(api(other).post("/api/mystery/assignments/" + atRival + "/visit", visit(yesterday, 1, 5)).status()).isEqualTo(404);
		assertThat(api(shopper).get("/api/mystery/campaigns").status()).isEqualTo(403);
		assertThat(api(shopper).get("/api/customers?q=a").status()).isEqualTo(403);

		JsonNode results = api(lead).get("/api/mystery/campaigns/" + campaign.get("id").asLong() + "/results").json();
		JsonNode ours = row(results.get("byWave"), null);
		JsonNode theirs = row(results.get("byWave"), rival);
		double mean = (100 + 75 + 25) / 3.0;
		double sd = Math.sqrt((Math.pow(100 - mean, 2) + Math.pow(75 - mean, 2) + Math.pow(25 - mean, 2)) / 2);
		// Student's t for two degrees of freedom has a closed form: (2p − 1) √(2 / (4p(1 − p))) at p = 0.975
		double t = 0.95 * Math.sqrt(2 / (4 * 0.975 * 0.025));
		assertThat(ours.at("/score/n").asLong()).isEqualTo(3);
		assertThat(ours.at("/score/mean").asDouble()).isCloseTo(mean, within(1e-9));
		assertThat(ours.at("/score/lower").asDouble()).isCloseTo(mean - t * sd / Math.sqrt(3), within(1e-6));
		assertThat(ours.at("/score/upper").asDouble()).isCloseTo(mean + t * sd / Math.sqrt(3), within(1e-6));
		assertThat(theirs.at("/score/n").asLong()).isEqualTo(1);
		assertThat(theirs.at("/score/mean").asDouble()).isZero();
		assertThat(theirs.get("target").asString()).startsWith("Rival");
		// per criterion, in percent of its scale: "greets" yes twice in three visits at ours
		JsonNode greeted = StreamSupport.stream(results.get("byCriterion").spliterator(), false)
			.filter(r -> r.get("group").asString().equals("1") && r.get("competitorId").isNull()).findFirst().orElseThrow();
		assertThat(greeted.at("/score/mean").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
		assertThat(row(results.get("byChannel"), null).get("group").asString()).isEqualTo("PHONE");
	}

	private long assign(ApiClient api, long scenario, int wave, Person shopper, Long competitor, String due) {
		return created(api.post("/api/mystery/assignments", """
				{"scenarioId":%d,"wave":%d,"shopperId":%d,"competitorId":%s,"dueOn":"%s"}""".formatted(scenario, wave, shopper.id(), competitor, due)))
			.get("id").asLong();
	}

	private static JsonNode row(JsonNode rows, Long competitor) {
		return StreamSupport.stream(rows.spliterator(), false)
			.filter(r -> competitor == null ? r.get("competitorId").isNull() : r.get("competitorId").asLong() == competitor).findFirst().orElseThrow();
	}
}
