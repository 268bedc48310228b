package fr.fidele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
class CustomerApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	ApiClient api;
	String reference;

	@BeforeEach
	void signIn() {
		api = new ApiClient(port, people.create(Role.ADVISOR).token());
		reference = "T-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String customerJson(String email) {
		return """
				{"reference":"%s","name":"Élodie Légaré","language":"fr","segment":"PROFESSIONAL","expertise":"EXPERT",
				 "monthlyValue":89.90,"customerSince":"2024-03-01","consent":{"email":true,"sms":false,"phone":true},
				 "identities":[{"kind":"EMAIL","value":" %s "},{"kind":"PHONE","value":"06 %s"}]}"""
			.formatted(reference, email, 10_000_000 + Math.abs(reference.hashCode() % 89_999_999));
	}

	@Test
	void registersACustomerWithNormalisedIdentitiesAndASubscription() {
		String email = reference + "@Exemple.FR";
		ApiClient.Response created = api.post("/api/customers", customerJson(email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode customer = created.json();
		assertThat(customer.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(customer.at("/identities/0/value").asString()).isEqualTo(email.toLowerCase());
		long id = customer.get("id").asLong();
		JsonNode outcomes = api.get("/api/customers/" + id + "/outcomes").json();
		assertThat(outcomes).hasSize(1);
		assertThat(outcomes.get(0).get("type").asString()).isEqualTo("SUBSCRIBED");
		assertThat(api.get("/api/customers/by-reference/" + reference).json().get("id").asLong()).isEqualTo(id);
		assertThat(api.get("/api/customers?q=" + reference.toLowerCase()).json().get(0).get("id").asLong()).isEqualTo(id);
	}

	@Test
	void refusesInvalidFieldsNamingEachOne() {
		ApiClient.Response response = api.post("/api/customers", """
				{"reference":"","name":"X","segment":"PLATINUM","expertise":"EXPERT","customerSince":"2024-01-01"}""");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("segment");

		ApiClient.Response missing = api.post("/api/customers", """
				{"reference":"","name":"X","segment":"PREMIUM","expertise":"EXPERT","monthlyValue":-1}""");
		assertThat(missing.status()).as(missing.body()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field"))
			.contains("reference", "customerSince", "monthlyValue");

		ApiClient.Response badEmail = api.post("/api/customers", customerJson("not-an-email"));
		assertThat(badEmail.status()).as(badEmail.body()).isEqualTo(422);
		assertThat(badEmail.json().at("/errors/0/field").asString()).isEqualTo("identities[0].value");
		assertThat(api.get("/api/customers/by-reference/" + reference).status()).isEqualTo(404);
	}

	@Test
	void churnIsDerivedFromOutcomeEventsAndEveryChangeIsInTheHistory() {
		long id = api.post("/api/customers", customerJson(reference + "@exemple.fr")).json().get("id").asLong();
		ApiClient.Response cancelled = api.header("X-Change-Reason", "customer moved abroad")
			.post("/api/customers/" + id + "/outcomes", """
					{"type":"CANCELLED","occurredOn":"2025-06-30","externalRef":"%s-cancel"}""".formatted(reference));
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(201);
		JsonNode customer = api.get("/api/customers/" + id).json();
		assertThat(customer.get("status").asString()).isEqualTo("CHURNED");
		assertThat(customer.get("churnedOn").asString()).isEqualTo("2025-06-30");
		assertThat(customer.get("tenureDays").asLong()).isEqualTo(486);

		api.post("/api/customers/" + id + "/outcomes", """
				{"type":"WON_BACK","occurredOn":"2025-09-01"}""");
		assertThat(api.get("/api/customers/" + id).json().get("status").asString()).isEqualTo("ACTIVE");

		ApiClient.Response replayedFeed = api.post("/api/customers/" + id + "/outcomes", """
				{"type":"CANCELLED","occurredOn":"2025-06-30","externalRef":"%s-cancel"}""".formatted(reference));
		assertThat(replayedFeed.status()).as(replayedFeed.body()).isEqualTo(200);
		assertThat(api.get("/api/customers/" + id).json().get("status").asString()).isEqualTo("ACTIVE");

		api.patch("/api/customers/" + id, """
				{"notes":"Préfère le courriel","expertise":"NOVICE"}""");
		JsonNode history = api.get("/api/customers/" + id + "/history").json();
		assertThat(history.findValuesAsString("action")).contains("registered", "outcome CANCELLED", "updated");
		assertThat(history.findValuesAsString("reason")).contains("customer moved abroad");
		assertThat(history.get(0).get("details").asString()).contains("expertise", "NOVICE");
	}

	@Test
	void aTwoCharacterSearchFindsAnExactReference() {
		String shortReference = "Z" + (char) ('A' + Math.abs(reference.hashCode() % 26));
		api.post("/api/customers", customerJson(reference + "@exemple.fr").replace(reference + "\"", shortReference + "\""));
		ApiClient.Response found = api.get("/api/customers?q=" + shortReference);
		assertThat(found.json().findValuesAsString("reference")).contains(shortReference);
	}

	@Test
	void anOutcomeBeforeTheStartIsRefused() {
		long id = api.post("/api/customers", customerJson(reference + "@exemple.fr")).json().get("id").asLong();
		ApiClient.Response response = api.post("/api/customers/" + id + "/outcomes", """
				{"type":"CANCELLED","occurredOn":"2020-01-01"}""");
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("occurredOn");
	}
}
