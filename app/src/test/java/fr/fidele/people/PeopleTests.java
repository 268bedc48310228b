package fr.fidele.people;

import static fr.fidele.quality.QualityFixture.grid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
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
 * Objectives are never on handle time and show their progress by the published definitions; weak evaluations on a
 * skill recommend its training until it is followed; coaching discusses the advisor's own evaluations and is followed
 * up once; the pulse is answered once a month and a team shows from five answers.
 */
@FideleTest
class PeopleTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	private ApiClient api(Person person) {
		return new ApiClient(port, person.token()).header("Accept-Language", "fr-FR");
	}

	private static String objective(long advisor, String measure, double target) {
		LocalDate today = LocalDate.now();
		return """
				{"advisorId":%d,"measure":"%s","target":%s,"periodStart":"%s","periodEnd":"%s"}"""
			.formatted(advisor, measure, target, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1).minusDays(1));
	}

	@Test
	void anObjectiveOnHandleTimeIsRefusedAndTheOthersShowTheirProgress() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		ApiClient lead = api(supervisor);
		Instant today = LocalDate.now().atTime(9, 0).toInstant(ZoneOffset.UTC);
		// three requests opened by the advisor today, two resolved at once
		new QualityFixture(lead).call(today, 300, "CUSTOMER", true, advisor.username());
		new QualityFixture(lead).call(today.plusSeconds(600), 300, "CUSTOMER", true, advisor.username());
		long unresolved = new QualityFixture(lead).call(today.plusSeconds(1200), 300, "CUSTOMER", false, advisor.username());
		long gridId = lead.post("/api/quality/grids", grid(QualityFixture.code(), 80, QualityFixture.criterion("Reformule", 1, "SCALE", 5, false)))
			.json().get("id").asLong();
		lead.post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":4}]}""".formatted(gridId, unresolved));

		ApiClient.Response handleTime = lead.post("/api/people/objectives", objective(advisor.id(), "AHT", 240));
		ApiClient.Response unknown = lead.post("/api/people/objectives", objective(advisor.id(), "SMILES", 3));
		ApiClient.Response fcr = lead.post("/api/people/objectives", objective(advisor.id(), "FCR", 60));
		ApiClient.Response quality = lead.post("/api/people/objectives", objective(advisor.id(), "QUALITY_SCORE", 80));
		ApiClient.Response byAdvisor = api(advisor).post("/api/people/objectives", objective(advisor.id(), "CSAT", 80));

		assertThat(handleTime.status()).isEqualTo(422);
		assertThat(handleTime.json().at("/errors/0/field").asString()).isEqualTo("measure");
		assertThat(handleTime.json().at("/errors/0/message").asString()).contains("durée");
		assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("measure");
		assertThat(byAdvisor.status()).isEqualTo(403);
		assertThat(fcr.status()).as(fcr.body()).isEqualTo(201);
		assertThat(fcr.json().get("actual").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
		assertThat(fcr.json().get("basis").asLong()).isEqualTo(3);
		assertThat(fcr.json().get("reached").asBoolean()).isTrue();
		// 4 on a scale of 1 to 5: 75 %, below the target of 80
		assertThat(quality.json().get("actual").asDouble()).isEqualTo(75.0);
		assertThat(quality.json().get("reached").asBoolean()).isFalse();
		JsonNode mine = api(advisor).get("/api/people/objectives/mine").json();
		assertThat(mine.findValuesAsString("measure")).containsExactlyInAnyOrder("FCR", "QUALITY_SCORE");
	}

	@Test
	void weakEvaluationsOnASkillRecommendItsTrainingUntilTheAdvisorFollowsIt() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		ApiClient lead = api(supervisor);
		String module = "T" + QualityFixture.code();
		assertThat(lead.put("/api/people/training/modules/" + module, """
				{"titleFr":"Écoute active","titleEn":"Active listening","skill":"LISTENING","descriptionFr":"Reformuler, questionner",
				 "descriptionEn":"Rephrase, ask","minutes":90,"active":true}""").status()).isEqualTo(200);
		long gridId = lead.post("/api/quality/grids", grid(QualityFixture.code(), 80, """
				{"sectionFr":"Écoute","sectionEn":"Listening","labelFr":"Reformule","labelEn":"Rephrases","weight":1,"kind":"SCALE","scaleMax":5,
				 "critical":false,"skill":"LISTENING"}""")).json().get("id").asLong();
		Instant day = LocalDate.now().minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
		for (int i = 0; i < 3; i++) {
			long contact = new QualityFixture(lead).call(day.plusSeconds(3600L * i), 300, "CUSTOMER", advisor.username());
			lead.post("/api/quality/evaluations", """
					{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":2}]}""".formatted(gridId, contact));
		}

		JsonNode before = api(advisor).get("/api/people/training/mine").json();
		assertThat(lead.post("/api/people/training/records", """
				{"advisorId":%d,"moduleCode":"%s","completedOn":"%s"}""".formatted(advisor.id(), module, LocalDate.now())).status()).isEqualTo(201);
		JsonNode after = lead.get("/api/people/advisors/" + advisor.id() + "/training").json();

		JsonNode recommended = StreamSupport.stream(before.get("recommended").spliterator(), false)
			.filter(r -> r.at("/module/code").asString().equals(module)).findFirst().orElseThrow();
		assertThat(recommended.get("meanPercent").asDouble()).isEqualTo(25.0);
		assertThat(recommended.get("answers").asLong()).isEqualTo(3);
		assertThat(after.get("followed").findValuesAsString("moduleCode")).containsExactly(module);
		assertThat(after.get("recommended").findValuesAsString("code")).doesNotContain(module);
	}

	@Test
	void anObjectiveBehindRecommendsTheTrainingItsMeasureIsServedBy() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		ApiClient lead = api(supervisor);
		String module = "B" + QualityFixture.code();
		lead.put("/api/people/training/modules/" + module, """
				{"titleFr":"Nos contrats","titleEn":"Our contracts","skill":"BUSINESS","descriptionFr":"Les contrats","descriptionEn":"Contracts",
				 "minutes":60,"active":true}""");
		Instant today = LocalDate.now().atTime(8, 0).toInstant(ZoneOffset.UTC);
		// one request opened today and left unresolved: FCR 0 %, behind its target of 75 %
		new QualityFixture(lead).call(today, 300, "CUSTOMER", false, advisor.username());
		assertThat(lead.post("/api/people/objectives", objective(advisor.id(), "FCR", 75)).json().get("reached").asBoolean()).isFalse();

		JsonNode recommended = StreamSupport.stream(api(advisor).get("/api/people/training/mine").json().get("recommended").spliterator(), false)
			.filter(r -> r.at("/module/code").asString().equals(module)).findFirst().orElseThrow();
		assertThat(recommended.get("objective").asString()).isEqualTo("FCR");
		assertThat(recommended.get("meanPercent").asDouble()).isZero();
	}

	@Test
	void coachingDiscussesTheAdvisorsOwnEvaluationsAndIsFollowedUpOnce() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		Person colleague = people.create(Role.ADVISOR);
		ApiClient lead = api(supervisor);
		long gridId = lead.post("/api/quality/grids", grid(QualityFixture.code(), 80, QualityFixture.criterion("Salue", 1, "YES_NO", null, false)))
			.json().get("id").asLong();
		Instant day = LocalDate.now().minusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
		long mine = lead.post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":0}]}"""
			.formatted(gridId, new QualityFixture(lead).call(day, 300, "CUSTOMER", advisor.username()))).json().get("id").asLong();
		long theirs = lead.post("/api/quality/evaluations", """
				{"gridId":%d,"contactId":%d,"answers":[{"position":1,"value":1}]}"""
			.formatted(gridId, new QualityFixture(lead).call(day, 300, "CUSTOMER", colleague.username()))).json().get("id").asLong();
		String session = """
				{"advisorId":%d,"heldOn":"%s","topic":"L'accueil","evaluationIds":[%d],"agreedActions":"Se présenter à chaque appel","followUpOn":"%s"}""";

		ApiClient.Response wrong = lead.post("/api/people/coaching", session.formatted(advisor.id(), LocalDate.now(), theirs, LocalDate.now()));
		ApiClient.Response recorded = lead.post("/api/people/coaching", session.formatted(advisor.id(), LocalDate.now(), mine, LocalDate.now()));
		long id = recorded.json().get("id").asLong();
		assertThat(coaching.followUpsDue()).as("its day has come").anyMatch(due -> due.id() == id);
		ApiClient.Response followed = lead.post("/api/people/coaching/" + id + "/follow-up", "{\"note\":\"Fait à chaque appel écouté\"}");
		ApiClient.Response again = lead.post("/api/people/coaching/" + id + "/follow-up", "{\"note\":\"encore\"}");

		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("evaluationIds[0]");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(followed.json().get("followUpNote").asString()).isEqualTo("Fait à chaque appel écouté");
		assertThat(again.status()).isEqualTo(409);
		assertThat(coaching.followUpsDue()).as("followed up").noneMatch(due -> due.id() == id);
		JsonNode sessions = api(advisor).get("/api/people/coaching/mine").json();
		assertThat(sessions.findValuesAsString("agreedActions")).containsExactly("Se présenter à chaque appel");
		assertThat(sessions.at("/0/evaluationIds/0").asLong()).isEqualTo(mine);
		assertThat(api(colleague).get("/api/people/coaching/mine").json()).isEmpty();
	}

	@Autowired
	Pulse pulse;

	@Autowired
	Coaching coaching;

	@Test
	void thePulseIsAnsweredOnceAMonthAndATeamsEndedMonthShowsFromFiveAnswersBesideItsCustomers() {
		long small = people.team();
		long large = people.team();
		Person advisor = people.inTeam(Role.ADVISOR, large);
		ApiClient.Response answered = api(advisor).post("/api/people/pulse", "{\"satisfied\":4,\"equipped\":4,\"recommend\":4}");
		ApiClient.Response twice = api(advisor).post("/api/people/pulse", "{\"satisfied\":5,\"equipped\":5,\"recommend\":5}");
		ApiClient.Response outOfRange = api(people.inTeam(Role.ADVISOR, large)).post("/api/people/pulse", "{\"satisfied\":6,\"equipped\":5,\"recommend\":5}");
		// last month: five answers in the large team, four in the small one; one customer served by the large team
		YearMonth last = YearMonth.now().minusMonths(1);
		List<Pulse.TeamAnswer> past = new java.util.ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			past.add(new Pulse.TeamAnswer(large, last, i, 4, 5));
		}
		for (int i = 1; i <= 4; i++) {
			past.add(new Pulse.TeamAnswer(small, last, 2, 2, 2));
		}
		pulse.load(past);
		new QualityFixture(api(people.create(Role.SUPERVISOR))).call(last.atDay(15).atTime(10, 0).toInstant(ZoneOffset.UTC), 300, "CUSTOMER",
				advisor.username());

		JsonNode figures = api(people.create(Role.DIRECTOR)).get("/api/people/pulse").json();
		JsonNode teams = figures.get("teams");
		assertThat(answered.status()).isEqualTo(204);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(outOfRange.json().at("/errors/0/field").asString()).isEqualTo("satisfied");
		assertThat(teams.findValuesAsString("teamId")).contains(Long.toString(large)).doesNotContain(Long.toString(small));
		JsonNode shown = StreamSupport.stream(teams.spliterator(), false).filter(t -> t.get("teamId").asLong() == large).findFirst().orElseThrow();
		assertThat(shown.get("month").asString()).as("this month's answer waits for the month's end").isEqualTo(last.atDay(1).toString());
		assertThat(shown.get("answers").asLong()).isEqualTo(5);
		assertThat(shown.get("satisfied").asDouble()).isEqualTo(3.0);
		assertThat(shown.get("recommend").asDouble()).isEqualTo(5.0);
		JsonNode point = StreamSupport.stream(figures.at("/relation/points").spliterator(), false).filter(p -> p.get("teamId").asLong() == large)
			.findFirst().orElseThrow();
		assertThat(point.get("customersLeft").asDouble()).as("the one customer served stayed").isZero();
		assertThat(point.get("customersSatisfied").isNull()).isTrue();
	}
}
