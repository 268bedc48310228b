package fr.fidele.gratitude;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
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
 * Fidèle notices the moments to thank customers for, once each, for the advisor who spoke to them last; the thanks
 * are recorded one customer at a time, by that advisor or a supervisor, in words not already used for another
 * customer; a moment a person heard of reaches whoever knows the customer best; an erasure takes every word away.
 */
@FideleTest
class GratitudeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	private ApiClient api(Person person) {
		return new ApiClient(port, person.token()).header("Accept-Language", "fr-FR");
	}

	/** A customer since {@code since} who called {@code advisor} yesterday about {@code reason}, resolved or not. */
	private long customerWhoCalled(ApiClient writer, LocalDate since, String advisor, String reason, boolean resolved) {
		long customer = writer.post("/api/customers", """
				{"reference":"G-%s","name":"Anne Roux","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"%s"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), since)).json().get("id").asLong();
		Instant at = LocalDate.now().minusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
		ApiClient.Response call = writer.post("/api/contacts", """
				{"customerId":%d,"channel":"PHONE","reasonCode":"%s","queue":"phone-fr","arrivedAt":"%s","queuedAt":"%s","answeredAt":"%s",
				 "endedAt":"%s","endedBy":"CUSTOMER","identityVerified":true,"resolved":%s,
				 "legs":[{"advisor":"%s","startedAt":"%s","endedAt":"%s"}]}"""
			.formatted(customer, reason, at, at, at.plusSeconds(30), at.plusSeconds(400), resolved, advisor, at.plusSeconds(30), at.plusSeconds(400)));
		assertThat(call.status()).as(call.body()).isEqualTo(201);
		return customer;
	}

	private static JsonNode reminderOf(JsonNode reminders, long customer, String moment) {
		return StreamSupport.stream(reminders.spliterator(), false)
			.filter(r -> r.get("customerId").asLong() == customer && r.get("moment").asString().equals(moment)).findFirst().orElse(null);
	}

	@Test
	void theMomentsAreNoticedOnceEachForTheAdvisorWhoSpokeToTheCustomerLast() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		ApiClient writer = api(supervisor);
		LocalDate today = LocalDate.now();
		long newcomer = customerWhoCalled(writer, today.minusDays(5), advisor.username(), "INFORMATION", true);
		long faithful = customerWhoCalled(writer, today.plusDays(3).minusYears(2), advisor.username(), "BILLING", true);
		long complained = customerWhoCalled(writer, today.minusYears(4).plusDays(40), advisor.username(), "COMPLAINT", true);
		long stillUnhappy = customerWhoCalled(writer, today.minusYears(4).plusDays(40), advisor.username(), "COMPLAINT", false);

		JsonNode first = writer.post("/api/gratitude/scan", "").json();
		JsonNode second = writer.post("/api/gratitude/scan", "").json();
		JsonNode mine = api(advisor).get("/api/gratitude/reminders").json();

		assertThat(first.get("NEW_CUSTOMER").asInt()).isPositive();
		assertThat(second.get("NEW_CUSTOMER").asInt() + second.get("ANNIVERSARY").asInt() + second.get("COMPLAINT_RESOLVED").asInt()).isZero();
		assertThat(mine).hasSize(3);
		assertThat(reminderOf(mine, newcomer, "NEW_CUSTOMER").get("occasion").asString()).isEqualTo(today.minusDays(5).toString());
		JsonNode anniversary = reminderOf(mine, faithful, "ANNIVERSARY");
		assertThat(anniversary.get("occasion").asString()).isEqualTo("2");
		assertThat(anniversary.get("dueOn").asString()).isEqualTo(today.plusDays(3).toString());
		assertThat(reminderOf(mine, complained, "COMPLAINT_RESOLVED")).isNotNull();
		assertThat(reminderOf(mine, stillUnhappy, "COMPLAINT_RESOLVED")).isNull();
		assertThat(mine.findValuesAsString("assigneeId")).containsOnly(Long.toString(advisor.id()));
	}

	@Test
	void thanksAreRecordedByTheAssigneeOrASupervisorOneCustomerAtATimeInWordsNotUsedForAnother() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		Person colleague = people.create(Role.ADVISOR);
		ApiClient writer = api(supervisor);
		long first = customerWhoCalled(writer, LocalDate.now().minusDays(3), advisor.username(), "INFORMATION", true);
		long second = customerWhoCalled(writer, LocalDate.now().minusDays(4), advisor.username(), "INFORMATION", true);
		writer.post("/api/gratitude/scan", "");
		JsonNode mine = api(advisor).get("/api/gratitude/reminders").json();
		long one = reminderOf(mine, first, "NEW_CUSTOMER").get("id").asLong();
		long two = reminderOf(mine, second, "NEW_CUSTOMER").get("id").asLong();
		String words = "Merci Madame Roux de nous avoir rejoints, je reste votre interlocuteur pour la suite.";

		ApiClient.Response byColleague = api(colleague).post("/api/gratitude/reminders/" + one + "/thanked", """
				{"channel":"PHONE","note":"%s"}""".formatted(words));
		ApiClient.Response tooShort = api(advisor).post("/api/gratitude/reminders/" + one + "/thanked", "{\"channel\":\"PHONE\",\"note\":\"Merci !\"}");
		ApiClient.Response thanked = api(advisor).post("/api/gratitude/reminders/" + one + "/thanked", """
				{"channel":"PHONE","note":"%s"}""".formatted(words));
		ApiClient.Response again = api(advisor).post("/api/gratitude/reminders/" + one + "/thanked", """
				{"channel":"CARD","note":"Une seconde fois, avec d'autres mots tout aussi sincères."}""");
		// the same words to another customer, a comma and the case changed: a mail merge by hand
		ApiClient.Response copied = api(advisor).post("/api/gratitude/reminders/" + two + "/thanked", """
				{"channel":"EMAIL","note":"%s"}""".formatted(words.toUpperCase().replace(",", ";")));
		ApiClient.Response bySupervisor = writer.post("/api/gratitude/reminders/" + two + "/thanked", """
				{"channel":"LETTER","note":"Bienvenue chez nous ; votre conseiller vous rappellera la semaine prochaine."}""");

		assertThat(byColleague.status()).isEqualTo(404);
		assertThat(tooShort.status()).isEqualTo(422);
		assertThat(tooShort.json().at("/errors/0/field").asString()).isEqualTo("note");
		assertThat(thanked.status()).as(thanked.body()).isEqualTo(200);
		assertThat(thanked.json().get("status").asString()).isEqualTo("THANKED");
		assertThat(thanked.json().get("thankedBy").asLong()).isEqualTo(advisor.id());
		assertThat(again.status()).isEqualTo(409);
		assertThat(copied.status()).isEqualTo(422);
		assertThat(copied.json().at("/errors/0/message").asString()).contains("autre client");
		assertThat(bySupervisor.status()).isEqualTo(200);
		assertThat(api(advisor).get("/api/gratitude/customers/" + first).json().at("/0/note").asString()).isEqualTo(words);
	}

	@Test
	void aMomentAPersonHeardOfReachesWhoeverKnowsTheCustomerBestWithItsContext() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		Person colleague = people.create(Role.ADVISOR);
		long customer = customerWhoCalled(api(supervisor), LocalDate.now().minusYears(3), advisor.username(), "BILLING", true);

		ApiClient.Response helped = api(colleague).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"HELPED","context":"A recommandé notre offre à sa sœur, qui nous a rejoints"}""".formatted(customer));
		ApiClient.Response twice = api(colleague).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"HELPED","context":"encore"}""".formatted(customer));
		ApiClient.Response found = api(colleague).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"ANNIVERSARY","context":"trois ans"}""".formatted(customer));
		ApiClient.Response empty = api(colleague).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"LOSS","context":" "}""".formatted(customer));

		assertThat(helped.status()).as(helped.body()).isEqualTo(201);
		assertThat(helped.json().get("assigneeId").asLong()).isEqualTo(advisor.id());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(found.json().at("/errors/0/field").asString()).isEqualTo("moment");
		assertThat(empty.json().at("/errors/0/field").asString()).isEqualTo("context");
		assertThat(api(advisor).get("/api/gratitude/reminders").json().findValuesAsString("context"))
			.containsExactly("A recommandé notre offre à sa sœur, qui nous a rejoints");
		// the customer's right of access: what was noted of them is in their personal data
		assertThat(api(people.create(Role.ADMIN)).get("/api/customers/" + customer + "/personal-data").json().at("/thanks/0/context").asString())
			.isEqualTo("A recommandé notre offre à sa sœur, qui nous a rejoints");
	}

	@Test
	void anErasureTakesTheWordsAwayAndSetsTheOpenRemindersAside() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		long customer = customerWhoCalled(api(supervisor), LocalDate.now().minusYears(3), advisor.username(), "BILLING", true);
		api(supervisor).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"LOSS","context":"Son mari est décédé en mars"}""".formatted(customer));

		assertThat(api(people.create(Role.ADMIN)).post("/api/customers/" + customer + "/erasure", "{\"reason\":\"demande du client\"}").status())
			.isEqualTo(200);

		List<JsonNode> reminders = StreamSupport.stream(api(supervisor).get("/api/gratitude/customers/" + customer).json().spliterator(), false).toList();
		assertThat(reminders).singleElement().satisfies(r -> {
			assertThat(r.toString()).doesNotContain("décédé");
			assertThat(r.get("status").asString()).isEqualTo("DISMISSED");
		});
	}

	@Test
	void aReminderSetAsideNeedsItsReasonAndLeavesTheListOfOpenOnes() {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		long customer = customerWhoCalled(api(supervisor), LocalDate.now().minusYears(3), advisor.username(), "BILLING", true);
		long id = api(advisor).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"HELPED","context":"A témoigné sur notre site"}""".formatted(customer)).json().get("id").asLong();

		ApiClient.Response noReason = api(advisor).post("/api/gratitude/reminders/" + id + "/dismissed", "{\"reason\":\" \"}");
		assertThat(StreamSupport.stream(api(supervisor).get("/api/gratitude/reminders/open").json().spliterator(), false)
			.anyMatch(r -> r.get("id").asLong() == id)).as("open before").isTrue();
		ApiClient.Response dismissed = api(advisor).post("/api/gratitude/reminders/" + id + "/dismissed", "{\"reason\":\"Client injoignable\"}");
		ApiClient.Response thankedAfter = api(advisor).post("/api/gratitude/reminders/" + id + "/thanked", """
				{"channel":"PHONE","note":"Merci pour votre témoignage sur notre site, il nous aide beaucoup."}""");

		assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
		assertThat(dismissed.json().get("status").asString()).isEqualTo("DISMISSED");
		assertThat(dismissed.json().get("dismissedReason").asString()).isEqualTo("Client injoignable");
		assertThat(thankedAfter.status()).isEqualTo(409);
		assertThat(StreamSupport.stream(api(supervisor).get("/api/gratitude/reminders/open").json().spliterator(), false)
			.noneMatch(r -> r.get("id").asLong() == id)).as("no longer open").isTrue();
	}
}
