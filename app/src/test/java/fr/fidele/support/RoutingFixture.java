package fr.fidele.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import fr.fidele.accounts.Role;
import fr.fidele.routing.RoutingSetup;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Queues and advisors of a test's own: each queue requires a skill no other test uses, so that advisors made
 * available by another test never take this test's work.
 */
@Component
public class RoutingFixture {

	/** How long a test waits for the routing engine before failing (it runs a round at once on each change). */
	public static final Duration PATIENCE = Duration.ofSeconds(15);

	/** An advisor of the test, with their API client. */
	public record Advisor(long id, String username, ApiClient api) {
	}

	private final JdbcClient jdbc;
	private final TestPeople people;
	private final RoutingSetup setup;

	RoutingFixture(JdbcClient jdbc, TestPeople people, RoutingSetup setup) {
		this.jdbc = jdbc;
		this.people = people;
		this.setup = setup;
	}

	/** A new queue requiring its own skill at {@code level}; returns its code (also the skill's name). */
	public String queue(int level, int callbackOfferSeconds) {
		String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		jdbc.sql("""
				insert into routing_queue (code, label_fr, label_en, skill, min_level, callback_offer_seconds)
				values (?, ?, ?, ?, ?, ?)""")
			.params(code, "File " + code, "Queue " + code, code, level, callbackOfferSeconds).update();
		return code;
	}

	public Advisor advisor(int port, Map<String, Integer> skills) {
		TestPeople.Person person = people.create(Role.ADVISOR);
		setup.prepare(person.id(), List.of("fr"), skills);
		return new Advisor(person.id(), person.username(), new ApiClient(port, person.token()));
	}

	public void presence(Advisor advisor, String presence) {
		ApiClient.Response response = advisor.api().post("/api/routing/presence", "{\"presence\":\"" + presence + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(204);
	}

	/** The advisor's item once one matches, asking their API as a workspace would. */
	public JsonNode awaitItem(Advisor advisor, Predicate<JsonNode> wanted) {
		return Awaitility.await(advisor.username() + " is offered the expected item").atMost(PATIENCE)
			.until(() -> matching(advisor, wanted), Optional::isPresent).get();
	}

	private Optional<JsonNode> matching(Advisor advisor, Predicate<JsonNode> wanted) {
		ApiClient.Response response = advisor.api().get("/api/routing/my-items");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		for (JsonNode item : response.json()) {
			if (wanted.test(item)) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/** The advisor's items now. */
	public JsonNode items(Advisor advisor) {
		return advisor.api().get("/api/routing/my-items").json();
	}

	/** A chat from a new customer, in {@code queue}, entered through the API by {@code api}; returns its item's id. */
	public long chatFromANewCustomer(ApiClient api, String queue) {
		ApiClient.Response created = api.post("/api/customers", """
				{"reference":"K-%s","name":"Rémi Caron","segment":"RESIDENTIAL","expertise":"INTERMEDIATE","customerSince":"2024-03-01"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ApiClient.Response enqueued = api.post("/api/routing/items",
				"{\"channel\":\"CHAT\",\"customerId\":%d,\"queue\":\"%s\"}".formatted(created.json().get("id").asLong(), queue));
		assertThat(enqueued.status()).as(enqueued.body()).isEqualTo(201);
		return enqueued.json().get("itemId").asLong();
	}

	public String state(long itemId) {
		return jdbc.sql("select state from work_item where id = ?").param(itemId).query(String.class).single();
	}
}
