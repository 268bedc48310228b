package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@FideleTest
class ContactApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	ApiClient api;
	String first;
	String second;
	long customerId;

	@BeforeEach
	void aCustomerAndTwoAdvisors() {
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		api = new ApiClient(port, advisor.token());
		first = advisor.username();
		second = people.create(Role.ADVISOR).username();
		String reference = "C-" + UUID.randomUUID().toString().substring(0, 8);
		customerId = api.post("/api/customers", """
				{"reference":"%s","name":"Jules Moreau","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
			.formatted(reference)).json().get("id").asLong();
	}

	private String call(String reason, String day, Boolean resolved, String legs) {
		return """
				{"customerId":%d,"channel":"PHONE","reasonCode":"%s","queue":"phone-fr",
				 "arrivedAt":"%sT09:00:00Z","queuedAt":"%sT09:00:20Z","answeredAt":"%sT09:03:20Z","endedAt":"%sT09:10:00Z",
				 "endedBy":"CUSTOMER","identityVerified":true,"resolved":%s,"legs":%s}"""
			.formatted(customerId, reason, day, day, day, day, resolved, legs);
	}

	private String oneLeg(String day) {
		return """
				[{"advisor":"%s","startedAt":"%sT09:03:20Z","endedAt":"%sT09:10:00Z"}]""".formatted(first, day, day);
	}

	@Test
	void aTransferredContactKeepsItsLegsAndNotesAndOpensACase() {
		ApiClient.Response recorded = api.post("/api/contacts", call("BILLING", "2025-02-03", false, """
				[{"advisor":"%s","startedAt":"2025-02-03T09:03:20Z","endedAt":"2025-02-03T09:06:00Z",
				  "transferNote":"Client identifié, facture de janvier contestée"},
				 {"advisor":"%s","startedAt":"2025-02-03T09:06:00Z","endedAt":"2025-02-03T09:10:00Z"}]"""
			.formatted(first, second)));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		JsonNode contact = recorded.json();
		assertThat(contact.get("legs")).hasSize(2);
		assertThat(contact.at("/legs/0/transferNote").asString()).contains("facture de janvier");
		assertThat(contact.get("waitSeconds").asLong()).isEqualTo(180);
		long caseId = contact.get("caseId").asLong();
		JsonNode supportCase = api.get("/api/cases/" + caseId).json();
		assertThat(supportCase.get("status").asString()).isEqualTo("OPEN");
		assertThat(supportCase.get("reasonCode").asString()).isEqualTo("BILLING");
	}

	@Test
	void aTransferWithoutANoteIsRefusedAndNothingIsWritten() {
		ApiClient.Response refused = api.post("/api/contacts", call("BILLING", "2025-02-03", false, """
				[{"advisor":"%s","startedAt":"2025-02-03T09:03:20Z"},{"advisor":"%s","startedAt":"2025-02-03T09:06:00Z"}]"""
			.formatted(first, second)));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("legs[0].transferNote");
		assertThat(api.get("/api/customers/" + customerId + "/contacts").json()).isEmpty();
	}

	@Test
	void timestampsOutOfOrderAreRefusedNamingTheField() {
		ApiClient.Response refused = api.post("/api/contacts", """
				{"customerId":%d,"channel":"CHAT","arrivedAt":"2025-02-03T09:00:00Z","answeredAt":"2025-02-03T08:00:00Z"}"""
			.formatted(customerId));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("answeredAt");
		ApiClient.Response badType = api.post("/api/contacts", """
				{"customerId":%d,"channel":"PIGEON","arrivedAt":"2025-02-03T09:00:00Z"}""".formatted(customerId));
		assertThat(badType.status()).as(badType.body()).isEqualTo(400);
		assertThat(badType.json().at("/errors/0/field").asString()).isEqualTo("channel");
	}

	@Test
	void aRepeatContactJoinsTheUnresolvedCaseAndAResolvedOneResolvesIt() {
		long caseId = api.post("/api/contacts", call("TECHNICAL_HELP", "2025-03-01", false, oneLeg("2025-03-01")))
			.json().get("caseId").asLong();
		JsonNode repeat = api.post("/api/contacts", call("TECHNICAL_HELP", "2025-03-04", true, oneLeg("2025-03-04"))).json();
		assertThat(repeat.get("caseId").asLong()).isEqualTo(caseId);
		assertThat(api.get("/api/cases/" + caseId).json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(api.get("/api/cases/" + caseId + "/contacts").json()).hasSize(2);

		JsonNode again = api.post("/api/contacts", call("TECHNICAL_HELP", "2025-03-08", false, oneLeg("2025-03-08"))).json();
		assertThat(again.get("caseId").asLong()).as("back within the window: the case was not really resolved").isEqualTo(caseId);
		assertThat(api.get("/api/cases/" + caseId).json().get("status").asString()).isEqualTo("REOPENED");

		JsonNode other = api.post("/api/contacts", call("ORDER", "2025-03-09", true, oneLeg("2025-03-09"))).json();
		assertThat(other.get("caseId").asLong()).isNotEqualTo(caseId);
		JsonNode caseHistory = api.get("/api/cases/" + caseId + "/history").json();
		assertThat(caseHistory.findValuesAsString("action")).contains("opened", "status RESOLVED", "status REOPENED");
	}

	@Test
	void wrapUpResolvesTheCaseAndAContactWithAKnownExternalReferenceIsNotRecordedTwice() {
		String body = """
				{"customerId":%d,"channel":"EMAIL","reasonCode":"ORDER_STATUS","arrivedAt":"2025-04-01T10:00:00Z",
				 "externalRef":"mail-%s"}""".formatted(customerId, UUID.randomUUID());
		ApiClient.Response created = api.post("/api/contacts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ApiClient.Response again = api.post("/api/contacts", body);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());

		long contactId = created.json().get("id").asLong();
		JsonNode wrapped = api.patch("/api/contacts/" + contactId, """
				{"resolved":true,"notes":"Colis livré demain"}""").json();
		assertThat(wrapped.get("wrapUpNotes").asString()).isEqualTo("Colis livré demain");
		assertThat(api.get("/api/cases/" + wrapped.get("caseId").asLong()).json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(api.get("/api/contacts/" + contactId + "/history").json().findValuesAsString("action"))
			.containsExactly("wrapped up", "recorded");
	}

	@Test
	void caseStatusMovesOnlyAlongAllowedTransitions() {
		long caseId = api.post("/api/cases", """
				{"customerId":%d,"reasonCode":"COMPLAINT","subject":"Compteur mal relevé"}""".formatted(customerId))
			.json().get("id").asLong();
		assertThat(api.patch("/api/cases/" + caseId, """
				{"status":"REOPENED"}""").status()).isEqualTo(422);
		JsonNode waiting = api.patch("/api/cases/" + caseId, """
				{"status":"WAITING","owner":"%s"}""".formatted(second)).json();
		assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
		assertThat(waiting.get("ownerId").isNull()).isFalse();
	}

	@Test
	void concurrentRetriesWithOneExternalRefRecordItOnceAndAllGetIt() throws Exception {
		for (int round = 0; round < 3; round++) {
			String body = call("BILLING", "2025-02-03", true, oneLeg("2025-02-03")).replace("\"legs\"",
					"\"externalRef\":\"race-" + UUID.randomUUID() + "\",\"legs\"");
			List<Integer> statuses = new ArrayList<>();
			Set<Long> ids = new HashSet<>();
			for (ApiClient.Response answer : sentTogether(8, body)) {
				statuses.add(answer.status());
				ids.add(answer.json().get("id").asLong());
			}
			assertThat(statuses).as("one recorded, the others given the recorded contact").containsOnlyOnce(201).containsOnly(201, 200);
			assertThat(ids).hasSize(1);
		}
	}

	@Test
	void contactsOfOneCustomerArrivingTogetherJoinOneCase() throws Exception {
		String body = call("BILLING", "2025-03-04", false, oneLeg("2025-03-04"));

		Set<Long> cases = new HashSet<>();
		for (ApiClient.Response answer : sentTogether(8, body)) {
			assertThat(answer.status()).isEqualTo(201);
			cases.add(answer.json().get("caseId").asLong());
		}

		assertThat(cases).as("the customer had no case: the first opens it, the others join it").hasSize(1);
	}

	/** The same request sent by {@code clients} clients at the same moment, their answers in order. */
	private List<ApiClient.Response> sentTogether(int clients, String body) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch ready = new CountDownLatch(clients);
			List<Future<ApiClient.Response>> answers = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				answers.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					return api.post("/api/contacts", body);
				}));
			}
			List<ApiClient.Response> responses = new ArrayList<>();
			for (Future<ApiClient.Response> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}
}
