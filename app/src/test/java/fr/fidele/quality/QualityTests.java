package fr.fidele.quality;

import static fr.fidele.quality.QualityFixture.criterion;
import static fr.fidele.quality.QualityFixture.grid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import fr.fidele.support.TestPeople.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Grids keep their versions and evaluations the version they used; the month's draws give each advisor their share
 * and the contacts to look closer at; an advisor reads only their own evaluations and contests one once, and the
 * supervisor's revision keeps the first score; a calibration's agreement equals Krippendorff's worked example.
 */
@FideleTest
class QualityTests {

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

	@Test
	void aNewVersionOfAGridLeavesTheEvaluationsMadeWithTheFormerOne() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		QualityFixture fixture = new QualityFixture(api(supervisor));
		long contact = fixture.call(Instant.parse("2026-02-03T09:00:00Z"), 300, "CUSTOMER", advisor.username());
		String code = QualityFixture.code();
		JsonNode first = created(api(supervisor).post("/api/quality/grids", grid(code, 80,
				criterion("Salue", 1, "YES_NO", null, false) + "," + criterion("Reformule", 1, "SCALE", 5, false))));
		JsonNode evaluation = created(api(supervisor).post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":1},{"position":2,"value":3,"comment":"à moitié"}]}"""
			.formatted(first.get("id").asLong(), contact)));
		JsonNode second = created(api(supervisor).post("/api/quality/grids", grid(code, 80,
				criterion("Salue", 3, "YES_NO", null, false) + "," + criterion("Reformule", 1, "SCALE", 5, false))));

		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(second.get("version").asInt()).isEqualTo(2);
		// 1 of 1, then 2 of 4 on a scale of 1 to 5 with the same weight: 1.5 of 2
		assertThat(evaluation.get("score").asDouble()).isEqualTo(75.0);
		assertThat(evaluation.get("advisorId").asLong()).isEqualTo(advisor.id());
		assertThat(evaluation.get("chosenBecause").asString()).isEqualTo("CHOSEN");
		JsonNode kept = api(supervisor).get("/api/quality/evaluations/" + evaluation.get("id").asLong()).json();
		assertThat(kept.get("gridId").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(kept.get("score").asDouble()).isEqualTo(75.0);
		assertThat(api(supervisor).get("/api/quality/grids").json().findValues("code").stream().filter(c -> c.asString().equals(code)))
			.hasSize(1);
		assertThat(api(supervisor).get("/api/quality/grids/" + first.get("id").asLong()).json().at("/criteria/0/weight").asInt()).isEqualTo(1);
		// per criterion, in percent of its scale: "yes" is 100, 3 on 1–5 is (3 − 1) / 4 = 50
		JsonNode criteria = api(supervisor).get("/api/quality/figures/grids/" + first.get("id").asLong() + "?advisor=" + advisor.id()).json();
		assertThat(criteria.findValuesAsString("position")).containsExactly("1", "2");
		assertThat(criteria.at("/0/meanPercent").asDouble()).isEqualTo(100.0);
		assertThat(criteria.at("/1/meanPercent").asDouble()).isEqualTo(50.0);
	}

	@Test
	void aGridOrAnEvaluationThatBreaksARuleIsRefusedNamingItsFieldAndWritesNothing() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		ApiClient api = api(supervisor);
		String code = QualityFixture.code();
		ApiClient.Response badWeight = api.post("/api/quality/grids", grid(code, 80,
				criterion("Salue", 1, "YES_NO", null, false) + "," + criterion("Reformule", 0, "SCALE", 5, false)));
		ApiClient.Response badScale = api.post("/api/quality/grids", grid(code, 80, criterion("Reformule", 1, "SCALE", null, false)));
		assertThat(badWeight.status()).isEqualTo(422);
		assertThat(badWeight.json().at("/errors/0/field").asString()).isEqualTo("criteria[1].weight");
		assertThat(badScale.json().at("/errors/0/field").asString()).isEqualTo("criteria[0].scaleMax");
		assertThat(api.get("/api/quality/grids").json().findValues("code").stream().filter(c -> c.asString().equals(code))).isEmpty();

		long gridId = created(api.post("/api/quality/grids", grid(code, 80,
				criterion("Salue", 1, "YES_NO", null, false) + "," + criterion("Reformule", 1, "SCALE", 5, false)))).get("id").asLong();
		long contact = new QualityFixture(api).call(Instant.parse("2026-02-04T09:00:00Z"), 300, "CUSTOMER", advisor.username());
		ApiClient.Response unanswered = api.post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":1}]}""".formatted(gridId, contact));
		ApiClient.Response outOfScale = api.post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":1},{"position":2,"value":6}]}""".formatted(gridId, contact));
		ApiClient.Response self = api(advisor).post("/api/quality/evaluations", "{}");
		assertThat(unanswered.status()).isEqualTo(422);
		assertThat(unanswered.json().at("/errors/0/field").asString()).isEqualTo("answers");
		assertThat(unanswered.json().at("/errors/0/message").asString()).contains("critère 2");
		assertThat(outOfScale.json().at("/errors/0/field").asString()).isEqualTo("answers[1].value");
		assertThat(self.status()).isEqualTo(403);
		assertThat(api(advisor).get("/api/quality/evaluations/mine").json()).isEmpty();
	}

	@Test
	void theMonthsDrawGivesEachAdvisorTheirShareAndTheContactsToLookCloserAtOnce() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person a = people.create(Role.ADVISOR);
		Person b = people.create(Role.ADVISOR);
		Person c = people.create(Role.ADVISOR);
		QualityFixture fixture = new QualityFixture(api(supervisor));
		Instant day = Instant.parse("2019-05-06T09:00:00Z");
		List<Long> plainOfA = List.of(fixture.call(day, 300, "CUSTOMER", a.username()), fixture.call(day.plusSeconds(3600), 300, "CUSTOMER", a.username()),
				fixture.call(day.plusSeconds(7200), 300, "CUSTOMER", a.username()));
		long hangUp = fixture.call(day.plusSeconds(10_800), 12, "ADVISOR", a.username());
		long plainOfB = fixture.call(day.plusSeconds(14_400), 300, "CUSTOMER", b.username());
		long chain = fixture.call(day.plusSeconds(18_000), 900, "CUSTOMER", a.username(), c.username(), b.username());

		JsonNode drawn = api(supervisor).post("/api/quality/draws?month=2019-05&perAdvisor=1", "").json();
		api(supervisor).post("/api/quality/draws?month=2019-05&perAdvisor=1", "");
		Map<Long, Map<Long, String>> picks = new HashMap<>();
		for (JsonNode pick : api(supervisor).get("/api/quality/draws?month=2019-05").json()) {
			picks.computeIfAbsent(pick.get("advisorId").asLong(), k -> new HashMap<>()).put(pick.get("contactId").asLong(), pick.get("reason").asString());
		}

		assertThat(drawn.get("HANG_UP").asInt()).isPositive();
		assertThat(picks.get(a.id())).hasSize(2).containsEntry(hangUp, "HANG_UP");
		assertThat(picks.get(a.id()).keySet()).containsAnyElementsOf(plainOfA);
		assertThat(picks.get(b.id())).containsOnly(Map.entry(chain, "TRANSFER_CHAIN"), Map.entry(plainOfB, "RANDOM"));
		assertThat(picks).doesNotContainKey(c.id());
	}

	@Test
	void anAdvisorReadsOnlyTheirOwnEvaluationsContestsOnceAndARevisionKeepsTheFirstScore() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person other = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		Person colleague = people.create(Role.ADVISOR);
		long contact = new QualityFixture(api(supervisor)).call(Instant.parse("2026-02-05T09:00:00Z"), 300, "CUSTOMER", advisor.username());
		long gridId = created(api(supervisor).post("/api/quality/grids", grid(QualityFixture.code(), 80,
				criterion("Vérifie l'identité", 2, "YES_NO", null, true) + "," + criterion("Reformule", 2, "SCALE", 5, false)))).get("id").asLong();
		long id = created(api(supervisor).post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":0},{"position":2,"value":5}],"comment":"Identité non vérifiée"}"""
			.formatted(gridId, contact))).get("id").asLong();

		JsonNode read = api(advisor).get("/api/quality/evaluations/" + id).json();
		assertThat(read.get("criticalFailed").asBoolean()).isTrue();
		assertThat(read.get("score").asDouble()).isZero();
		assertThat(api(colleague).get("/api/quality/evaluations/" + id).status()).isEqualTo(404);
		assertThat(api(colleague).post("/api/quality/evaluations/" + id + "/contest", "{\"text\":\"pas moi\"}").status()).isEqualTo(404);
		JsonNode mine = api(advisor).get("/api/quality/evaluations/mine").json();
		assertThat(mine).hasSize(1);
		assertThat(mine.at("/0/comment").asString()).isEqualTo("Identité non vérifiée");

		assertThat(api(advisor).post("/api/quality/evaluations/" + id + "/comment", "{\"text\":\"Client connu, rappel du matin\"}").status())
			.isEqualTo(200);
		ApiClient.Response contested = api(advisor).post("/api/quality/evaluations/" + id + "/contest", "{\"text\":\"Identité vérifiée au premier appel\"}");
		ApiClient.Response again = api(advisor).post("/api/quality/evaluations/" + id + "/contest", "{\"text\":\"encore\"}");
		assertThat(contested.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(409);
		assertThat(api(other).get("/api/quality/contests").json().findValuesAsString("contestReason")).contains("Identité vérifiée au premier appel");

		JsonNode revised = api(other).post("/api/quality/evaluations/" + id + "/decision", """
				{"decision":"REVISED","answer":"Vérifiée au premier appel du jour : accepté","answers":[{"position":1,"value":null},{"position":2,"value":5}]}""")
			.json();
		assertThat(revised.get("score").asDouble()).isEqualTo(100.0);
		assertThat(revised.get("firstScore").asDouble()).isZero();
		assertThat(revised.get("criticalFailed").asBoolean()).isFalse();
		assertThat(revised.get("advisorComment").asString()).isEqualTo("Client connu, rappel du matin");
		assertThat(api(other).post("/api/quality/evaluations/" + id + "/decision", "{\"decision\":\"UPHELD\",\"answer\":\"non\"}").status())
			.isEqualTo(409);
	}

	@Test
	void aCalibrationsAgreementEqualsKrippendorffsWorkedExample() {
		Person lead = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		List<Person> evaluators = List.of(people.create(Role.SUPERVISOR), people.create(Role.SUPERVISOR), people.create(Role.SUPERVISOR),
				people.create(Role.SUPERVISOR));
		QualityFixture fixture = new QualityFixture(api(lead));
		double[][] table = KrippendorffAlphaTests.KRIPPENDORFF_2011;
		List<Long> contacts = new java.util.ArrayList<>();
		for (int u = 0; u < table.length; u++) {
			contacts.add(fixture.call(Instant.parse("2026-02-06T09:00:00Z").plusSeconds(3600L * u), 300, "CUSTOMER", advisor.username()));
		}
		// one criterion on a scale of 1 to 5: the score is (answer − 1) × 25, a linear change the interval alpha ignores
		long gridId = created(api(lead).post("/api/quality/grids", grid(QualityFixture.code(), 80, criterion("Écoute", 1, "SCALE", 5, false))))
			.get("id").asLong();
		long calibration = created(api(lead).post("/api/quality/calibrations", """
				{"name":"Février","gridId":%d,"contactIds":%s,"evaluatorIds":%s}"""
			.formatted(gridId, contacts, evaluators.stream().map(Person::id).toList()))).get("id").asLong();
		// an evaluator scores blind: the agreement is theirs to read once they have scored every contact
		assertThat(api(evaluators.get(0)).get("/api/quality/calibrations/" + calibration).status()).isEqualTo(409);
		for (int u = 0; u < table.length; u++) {
			for (int e = 0; e < evaluators.size(); e++) {
				if (!Double.isNaN(table[u][e])) {
					created(api(evaluators.get(e)).post("/api/quality/calibrations/" + calibration + "/evaluations", """
							{"contactId":%d,"answers":[{"position":1,"value":%d}]}""".formatted(contacts.get(u), (int) table[u][e])));
				}
			}
		}
		ApiClient.Response twice = api(evaluators.get(0)).post("/api/quality/calibrations/" + calibration + "/evaluations", """
				{"contactId":%d,"answers":[{"position":1,"value":1}]}""".formatted(contacts.get(0)));
		ApiClient.Response outsider = api(lead).post("/api/quality/calibrations/" + calibration + "/evaluations", """
				{"contactId":%d,"answers":[{"position":1,"value":1}]}""".formatted(contacts.get(11)));

		JsonNode report = api(lead).get("/api/quality/calibrations/" + calibration).json();
		assertThat(twice.status()).isEqualTo(409);
		assertThat(outsider.status()).isEqualTo(409);
		assertThat(report.at("/scores/metric").asString()).isEqualTo("INTERVAL");
		assertThat(report.at("/scores/alpha").asDouble()).isCloseTo(0.849, within(0.0005));
		assertThat(report.at("/criteria/0/agreement/metric").asString()).isEqualTo("ORDINAL");
		assertThat(report.at("/criteria/0/agreement/alpha").asDouble()).isCloseTo(0.815, within(0.0005));
		assertThat(report.get("scored").asInt()).isEqualTo(41);
		// unit 6 (answers 1, 2, 3, 4) diverges most: 0 to 75
		assertThat(report.at("/contacts/0/contactId").asLong()).isEqualTo(contacts.get(5));
		assertThat(report.at("/contacts/0/spread").asDouble()).isEqualTo(75.0);
		// the calibration's scores are not the advisor's evaluations
		assertThat(api(advisor).get("/api/quality/evaluations/mine").json()).isEmpty();
		assertThat(StreamSupport.stream(api(lead).get("/api/quality/figures/advisors").json().spliterator(), false)
			.noneMatch(row -> row.get("advisorId").asLong() == advisor.id())).isTrue();
	}

	@Test
	void aCustomersErasureReplacesWhatWasWrittenAboutTheirContactAndKeepsTheScore() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		QualityFixture fixture = new QualityFixture(api(supervisor));
		long contact = fixture.call(Instant.parse("2026-02-07T09:00:00Z"), 300, "CUSTOMER", advisor.username());
		long gridId = created(api(supervisor).post("/api/quality/grids", grid(QualityFixture.code(), 80, criterion("Salue", 1, "YES_NO", null, false))))
			.get("id").asLong();
		long id = created(api(supervisor).post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":1,"comment":"M. Caron, rue des Lilas"}],"comment":"Mme Caron rassurée"}"""
			.formatted(gridId, contact))).get("id").asLong();
		api(advisor).post("/api/quality/evaluations/" + id + "/contest", "{\"text\":\"Mme Caron m'a remercié\"}");

		ApiClient admin = api(people.create(Role.ADMIN));
		assertThat(admin.post("/api/customers/" + fixture.customerId + "/erasure", "{\"reason\":\"demande du client\"}").status()).isEqualTo(200);

		JsonNode erased = api(supervisor).get("/api/quality/evaluations/" + id).json();
		assertThat(erased.toString()).doesNotContain("Caron");
		assertThat(erased.get("comment").asString()).isEqualTo(fr.fidele.platform.PersonalValues.ERASED);
		assertThat(erased.get("score").asDouble()).isEqualTo(100.0);
	}
}
