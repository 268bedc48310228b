package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.platform.web.ChangeReason;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An administrator defines a queue and gives an advisor its skill: the next item for that queue goes to that advisor.
 * Bad definitions are refused naming the field.
 */
@FideleTest
class RoutingAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	Clock clock;

	ApiClient admin;
	String code;
	RoutingFixture.Advisor advisor;

	@BeforeEach
	void anAdministratorAndAnAdvisor() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		code = "ADM_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		advisor = routing.advisor(port, Map.of());
	}

	@AfterEach
	void theAdvisorGoesHome() {
		routing.presence(advisor, "OFFLINE");
	}

	@Test
	void aQueueDefinedAndASkillGivenRouteTheNextItem() {
		ApiClient.Response defined = admin.header(ChangeReason.HEADER, "new offer").put("/api/routing/queue-definitions/" + code,
				queue(code, code, 2));
		assertThat(defined.status()).as(defined.body()).isEqualTo(200);
		assertThat(admin.get("/api/routing/queue-definitions").body()).contains(code);
		ApiClient.Response given = admin.header(ChangeReason.HEADER, "trained").put("/api/routing/advisors/" + advisor.username() + "/profile",
				"{\"skills\":{\"" + code + "\":3},\"languages\":[\"fr\",\"en\"]}");
		assertThat(given.status()).as(given.body()).isEqualTo(200);
		assertThat(given.json().get("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
		routing.presence(advisor, "AVAILABLE");

		long item = enqueue();

		JsonNode offered = routing.awaitItem(advisor, each -> each.get("id").asLong() == item);
		assertThat(offered.get("state").asString()).isEqualTo("OFFERED");
	}

	@Test
	void aClosedQueueTellsTheSwitchWhenItOpensAndOffersTheCallback() {
		assertThat(admin.put("/api/routing/queue-definitions/" + code, queue(code, code, 1)).status()).isEqualTo(200);
		DayOfWeek other = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).getDayOfWeek().plus(2);
		ApiClient.Response calendar = admin.put("/api/routing/queue-definitions/" + code + "/calendar", """
				{"week":{"%s":[{"opens":"09:00","closes":"17:00"}]},"holidays":{"2026-12-25":"Noël"}}""".formatted(other));
		assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);

		JsonNode answer = new SwitchClient(port, FideleTest.CTI_SECRET)
			.offered("closed-" + code, code, "+33 6 12 00 00 01", Instant.now()).json();

		assertThat(answer.at("/routing/offerCallback").asBoolean()).isTrue();
		Instant opensAt = Instant.parse(answer.at("/routing/opensAt").asString());
		assertThat(opensAt.atZone(ZoneId.of("Europe/Paris")).getDayOfWeek()).isEqualTo(other);
		assertThat(opensAt.atZone(ZoneId.of("Europe/Paris")).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
	}

	@Test
	void badDefinitionsAreRefusedNamingTheField() {
		assertThat(field(admin.put("/api/routing/queue-definitions/" + code, queue(code, "lower case", 2)))).isEqualTo("skill");
		assertThat(field(admin.put("/api/routing/queue-definitions/" + code, queue(code, code, 9)))).isEqualTo("minLevel");
		assertThat(field(admin.put("/api/routing/queue-definitions/OTHER", queue(code, code, 2)))).isEqualTo("code");
		assertThat(field(admin.put("/api/routing/advisors/" + advisor.username() + "/profile",
				"{\"skills\":{\"" + code + "\":7},\"languages\":[\"fr\"]}"))).isEqualTo("skills." + code);
		assertThat(field(admin.put("/api/routing/advisors/" + advisor.username() + "/profile",
				"{\"skills\":{},\"languages\":[\"de\"]}"))).isEqualTo("languages");
	}

	@Test
	void thePagesDefineAQueueAndGiveItsSkill() {
		TestPeople.Person officer = people.create(Role.ADMIN, "fr");
		PageSession session = PageSession.signIn(port, officer.username(), TestPeople.PASSWORD);

		String defined = session.submit("/admin/queues", "code=" + code + "&labelFr=Litiges&labelEn=Disputes&reason=&segment=PREMIUM"
				+ "&language=fr&skill=" + code + "&minLevel=2&priority=5&callbackOfferSeconds=90&defaultHandleSeconds=300&active=true"
				+ "&why=nouvelle+file");
		assertThat(defined).contains("C’est fait.", code, "Litiges");
		String given = session.submit("/admin/advisors/" + advisor.username() + "/routing",
				"languages=fr&level." + code + "=4&why=formation");
		assertThat(given).contains("C’est fait.");
		assertThat(admin.get("/api/routing/advisors/" + advisor.username() + "/profile").json().at("/skills/" + code).asInt()).isEqualTo(4);
		assertThat(session.submit("/admin/queues", "code=" + code + "&labelFr=Litiges&labelEn=Disputes&skill=" + code + "&minLevel=8"
				+ "&priority=5&callbackOfferSeconds=90&defaultHandleSeconds=300&why=erreur")).contains("un niveau de 1 à 5");
		String calendarPage = "/admin/queues?code=" + code;
		assertThat(session.submit(calendarPage, "/admin/queues/" + code + "/calendar", "day.MONDAY=8h-12h&holidays=&why=horaires"))
			.contains("écrivez les plages comme");
		assertThat(session.submit(calendarPage, "/admin/queues/" + code + "/calendar",
				"day.MONDAY=08:00-12:00,+14:00-18:00&day.TUESDAY=08:00-12:00&holidays=2026-12-25+No%C3%ABl&why=horaires")).contains("C’est fait.");
		assertThat(admin.get("/api/routing/queue-definitions/" + code + "/calendar").json().at("/week/MONDAY/1/opens").asString())
			.startsWith("14:00");
	}

	private long enqueue() {
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		long customer = supervisor.post("/api/customers", """
				{"reference":"RA-%s","name":"Noé Caron","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-03-01"}"""
			.formatted(code)).json().get("id").asLong();
		ApiClient.Response enqueued = supervisor.post("/api/routing/items",
				"{\"channel\":\"CHAT\",\"customerId\":%d,\"queue\":\"%s\"}".formatted(customer, code));
		assertThat(enqueued.status()).as(enqueued.body()).isEqualTo(201);
		return enqueued.json().get("itemId").asLong();
	}

	private static String queue(String code, String skill, int level) {
		return """
				{"code":"%s","labelFr":"File test","labelEn":"Test queue","reason":null,"segment":null,"language":null,"skill":"%s",
				 "minLevel":%d,"priority":0,"callbackOfferSeconds":120,"defaultHandleSeconds":240,"active":true}"""
			.formatted(code, skill, level);
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		return response.json().at("/errors/0/field").asString();
	}
}
