package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A retried POST with the same Idempotency-Key runs once and answers the same. */
@FideleTest
class IdempotencyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aRetriedPostIsAnsweredWithoutRunningTwice() {
		ApiClient api = new ApiClient(port, people.create(Role.ADVISOR).token());
		String reference = "I-" + UUID.randomUUID().toString().substring(0, 8);
		String body = """
				{"reference":"%s","name":"Inès Roux","segment":"PREMIUM","expertise":"EXPERT","customerSince":"2023-05-01"}"""
			.formatted(reference);
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		ApiClient.Response first = keyed.post("/api/customers", body);
		ApiClient.Response retry = keyed.post("/api/customers", body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.replayed()).isEqualTo("true");
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(api.get("/api/customers?q=" + reference.toLowerCase()).json()).hasSize(1);

		ApiClient.Response reused = keyed.post("/api/customers", body.replace("Inès", "Ines"));
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	void keysBelongToTheirOwner() {
		String key = UUID.randomUUID().toString();
		String body = """
				{"reference":"%s","name":"Léa Petit","segment":"PREMIUM","expertise":"EXPERT","customerSince":"2023-05-01"}""";
		ApiClient.Response mine = new ApiClient(port, people.create(Role.ADVISOR).token()).header("Idempotency-Key", key)
			.post("/api/customers", body.formatted("K-" + UUID.randomUUID().toString().substring(0, 8)));
		ApiClient.Response theirs = new ApiClient(port, people.create(Role.ADVISOR).token()).header("Idempotency-Key", key)
			.post("/api/customers", body.formatted("K-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(mine.status()).isEqualTo(201);
		assertThat(theirs.status()).isEqualTo(201);
		assertThat(theirs.replayed()).isNull();
	}
}
