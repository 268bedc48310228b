package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.HeldCounts;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Work from arrival to wrap-up through the API, on the real engine: the skilled advisor is offered the item, a
 * transfer carries identity and note to a named advisor, the contact records each leg, lost work comes back at its
 * place, and a returning customer goes back to the advisor who handled them.
 */
@FideleTest
class RoutingFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LostWork lostWork;

	@Autowired
	RoutingProperties properties;

	ApiClient supervisor;
	String queue;
	final List<Advisor> advisors = new ArrayList<>();

	@BeforeEach
	void aQueueOfItsOwn() {
		supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		queue = routing.queue(2, 120);
	}

	@AfterEach
	void everyoneGoesHome() {
		advisors.forEach(advisor -> routing.presence(advisor, "OFFLINE"));
		assertThat(HeldCounts.mismatched(jdbc)).as("each advisor's held items, counted as they changed").isEmpty();
	}

	Advisor advisor(int level) {
		Advisor advisor = routing.advisor(port, Map.of(queue, level));
		advisors.add(advisor);
		return advisor;
	}

	long customer() {
		String reference = "R-" + UUID.randomUUID();
		ApiClient.Response created = supervisor.post("/api/customers", """
				{"reference":"%s","name":"Élodie <b>Légaré</b>","language":"fr","segment":"PROFESSIONAL","expertise":"EXPERT",
				 "monthlyValue":89.90,"customerSince":"2024-03-01"}""".formatted(reference));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	long chat(long customerId) {
		ApiClient.Response enqueued = supervisor.post("/api/routing/items",
				"{\"channel\":\"CHAT\",\"customerId\":%d,\"queue\":\"%s\"}".formatted(customerId, queue));
		assertThat(enqueued.status()).as(enqueued.body()).isEqualTo(201);
		return enqueued.json().get("itemId").asLong();
	}

	@Test
	void theSkilledAdvisorGetsTheItemAndATransferCarriesIdentityAndNote() {
		Advisor novice = advisor(1);
		Advisor first = advisor(3);
		Advisor second = advisor(2);
		routing.presence(novice, "AVAILABLE");
		routing.presence(first, "AVAILABLE");
		long customer = customer();
		long item = chat(customer);

		JsonNode offered = routing.awaitItem(first, i -> i.get("id").asLong() == item);
		assertThat(offered.get("state").asString()).isEqualTo("OFFERED");
		assertThat(routing.items(novice)).isEmpty();
		assertThat(first.api().post("/api/routing/items/" + item + "/accept", "{}").status()).isEqualTo(200);
		assertThat(first.api().post("/api/routing/items/" + item + "/identity", "{}").status()).isEqualTo(204);

		ApiClient.Response withoutNote = first.api().post("/api/routing/items/" + item + "/transfer",
				"{\"advisor\":\"%s\",\"note\":\"  \"}".formatted(second.username()));
		assertThat(withoutNote.status()).isEqualTo(422);
		assertThat(withoutNote.json().at("/errors/0/field").asString()).isEqualTo("note");
		assertThat(first.api().post("/api/routing/items/" + item + "/transfer",
				"{\"advisor\":\"%s\",\"note\":\"Wants the loyalty discount; identity checked\"}".formatted(second.username())).status())
			.isEqualTo(204);

		routing.presence(second, "AVAILABLE");
		JsonNode handedOn = routing.awaitItem(second, i -> i.get("id").asLong() == item);
		assertThat(handedOn.get("transferNote").asString()).isEqualTo("Wants the loyalty discount; identity checked");
		assertThat(handedOn.get("identityVerifiedBy").asLong()).isEqualTo(first.id());
		assertThat(second.api().post("/api/routing/items/" + item + "/accept", "{}").status()).isEqualTo(200);
		assertThat(second.api().post("/api/routing/items/" + item + "/end", "{}").status()).isEqualTo(204);
		ApiClient.Response unresolvedMissing = second.api().post("/api/routing/items/" + item + "/wrap-up", "{\"reasonCode\":\"BILLING\"}");
		assertThat(unresolvedMissing.json().at("/errors/0/field").asString()).isEqualTo("resolved");
		assertThat(second.api().post("/api/routing/items/" + item + "/wrap-up",
				"{\"reasonCode\":\"BILLING\",\"resolved\":true,\"notes\":\"discount applied\"}").status()).isEqualTo(204);

		long contactId = offered.get("contactId").asLong();
		JsonNode contact = supervisor.get("/api/contacts/" + contactId).json();
		assertThat(contact.get("identityVerified").asBoolean()).isTrue();
		assertThat(contact.get("reidentifiedAfterTransfer").asBoolean()).isFalse();
		assertThat(contact.get("endedBy").asString()).isEqualTo("ADVISOR");
		assertThat(contact.get("resolved").asBoolean()).isTrue();
		assertThat(contact.get("legs")).hasSize(2);
		assertThat(contact.at("/legs/0/advisorId").asLong()).isEqualTo(first.id());
		assertThat(contact.at("/legs/0/transferNote").asString()).isEqualTo("Wants the loyalty discount; identity checked");
		assertThat(contact.at("/legs/1/advisorId").asLong()).isEqualTo(second.id());
		assertThat(routing.state(item)).isEqualTo("DONE");
	}

	@Test
	void anOfferNotAcceptedAndTheItemsOfAVanishedAdvisorComeBackAtTheirPlace() {
		Advisor slow = advisor(2);
		routing.presence(slow, "AVAILABLE");
		long item = chat(customer());
		routing.awaitItem(slow, i -> i.get("id").asLong() == item);
		Instant place = placeOf(item);

		jdbc.sql("update work_item set offered_at = offered_at - interval '1 hour' where id = ?").param(item).update();
		lostWork.sweep();
		assertThat(routing.state(item)).isIn("QUEUED", "OFFERED");
		assertThat(placeOf(item)).isEqualTo(place);
		assertThat(jdbc.sql("select presence from advisor_routing where advisor_id = ?").param(slow.id()).query(String.class).single())
			.isEqualTo("AWAY");
		assertThat(jdbc.sql("select outcome from work_offer where work_item_id = ? order by id limit 1").param(item).query(String.class).single())
			.isEqualTo("EXPIRED");

		Advisor vanishing = advisor(2);
		routing.presence(vanishing, "AVAILABLE");
		routing.awaitItem(vanishing, i -> i.get("id").asLong() == item);
		assertThat(vanishing.api().post("/api/routing/items/" + item + "/accept", "{}").status()).isEqualTo(200);
		jdbc.sql("update advisor_routing set last_seen_at = ? where advisor_id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(3600)), vanishing.id()).update();
		lostWork.sweep();
		assertThat(routing.state(item)).isEqualTo("QUEUED");
		assertThat(placeOf(item)).isEqualTo(place);
		assertThat(jdbc.sql("select presence from advisor_routing where advisor_id = ?").param(vanishing.id()).query(String.class).single())
			.isEqualTo("OFFLINE");
		long contactId = jdbc.sql("select contact_id from work_item where id = ?").param(item).query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from contact_leg where contact_id = ? and ended_at is not null").param(contactId)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aReturningCustomerGoesBackToTheAdvisorWhoHandledThem() {
		Advisor handled = advisor(2);
		Advisor other = advisor(2);
		long customer = customer();
		handledOnce(handled, customer);

		routing.presence(other, "AVAILABLE");
		// the other advisor has been idle longer: without sticky routing the repeat would go to them
		jdbc.sql("update advisor_routing set idle_since = idle_since - interval '1 hour' where advisor_id = ?").param(other.id()).update();
		long repeat = chat(customer);
		JsonNode offered = routing.awaitItem(handled, i -> i.get("id").asLong() == repeat);
		assertThat(offered.get("state").asString()).isEqualTo("OFFERED");
		assertThat(routing.items(other)).isEmpty();
	}

	@Test
	void aCustomerCutOffComesBackOneStepAheadOfNewcomers() {
		Advisor handled = advisor(2);
		long customer = customer();
		long first = handledOnce(handled, customer);
		// the line dropped: the service ended the contact, neither the customer nor the advisor
		jdbc.sql("update contact set ended_by = 'SYSTEM' where id = (select contact_id from work_item where id = ?)").param(first).update();
		routing.presence(handled, "AWAY");

		long cutOff = chat(customer);
		long newcomer = chat(customer());
		assertThat(priorityOf(cutOff)).isEqualTo(priorityOf(newcomer) + Arrivals.CUT_OFF_PRIORITY_BONUS).isPositive();
	}

	@Test
	void aSupervisorMovesAWaitingItemToANamedAdvisor() {
		Advisor away = advisor(2);
		long item = chat(customer());
		Advisor outsider = routing.advisor(port, Map.of("GENERAL", 1));
		advisors.add(outsider);
		routing.presence(outsider, "AVAILABLE");
		assertThat(supervisor.post("/api/routing/items/" + item + "/move", "{\"advisor\":\"%s\"}".formatted(outsider.username())).status())
			.isEqualTo(204);
		// a named advisor receives the item whatever the queue requires: the supervisor chose them
		assertThat(routing.awaitItem(outsider, i -> i.get("id").asLong() == item).get("state").asString()).isEqualTo("OFFERED");
		assertThat(routing.items(away)).isEmpty();
		ApiClient.Response both = supervisor.post("/api/routing/items/" + item + "/move", "{\"advisor\":\"x\",\"queue\":\"y\"}");
		assertThat(both.status()).isEqualTo(422);
	}

	@Test
	void anAdvisorMovedOntoAQueueIsOfferedItsItemsAndADeclinedOfferGoesToAnother() {
		long item = chat(customer());
		Advisor outsider = routing.advisor(port, Map.of("GENERAL", 1));
		advisors.add(outsider);
		routing.presence(outsider, "AVAILABLE");
		assertThat(routing.items(outsider)).as("without the queue's skill").isEmpty();
		assertThat(supervisor.post("/api/routing/advisors/" + outsider.id() + "/queues", "{\"queue\":\"%s\"}".formatted(queue)).status())
			.isEqualTo(204);
		routing.awaitItem(outsider, i -> i.get("id").asLong() == item);
		Instant place = placeOf(item);

		Advisor colleague = advisor(2);
		routing.presence(colleague, "AVAILABLE");
		assertThat(outsider.api().post("/api/routing/items/" + item + "/decline", "{}").status()).isEqualTo(204);
		routing.presence(outsider, "AWAY");
		routing.awaitItem(colleague, i -> i.get("id").asLong() == item);
		assertThat(placeOf(item)).as("declined, it keeps its place").isEqualTo(place);
		assertThat(outsider.api().post("/api/routing/items/" + item + "/accept", "{}").status()).as("no longer theirs").isEqualTo(409);
	}

	@Test
	void anOfferLeftWithAnAdvisorWhoWentAwayIsReturnedByTheNextSweep() {
		Advisor leaving = advisor(2);
		routing.presence(leaving, "AVAILABLE");
		long item = chat(customer());
		routing.awaitItem(leaving, i -> i.get("id").asLong() == item);
		// as when a switch event held the item at the moment they went away: the presence changed, the offer stayed
		jdbc.sql("update advisor_routing set presence = 'AWAY' where advisor_id = ?").param(leaving.id()).update();
		lostWork.sweep();
		assertThat(routing.state(item)).isEqualTo("QUEUED");
		assertThat(placeOf(item)).as("at its place").isBefore(Instant.now());
		assertThat(jdbc.sql("select outcome from work_offer where work_item_id = ?").param(item).query(String.class).single())
			.isEqualTo("DECLINED");
	}

	@Test
	void itemsNobodyCanTakeAtTheHeadOfTheQueuesDoNotHideThoseBehind() {
		String nobodys = routing.queue(5, 120);
		// more waiting items than a round reads at once, older than any other, in a queue no advisor can serve
		jdbc.sql("""
				with contacts as (
				    insert into contact (channel, direction, queue, arrived_at, queued_at)
				    select 'EMAIL', 'INBOUND', :queue, now() - interval '1 hour', now() from generate_series(1, :count) returning id)
				insert into work_item (channel, queue_code, place_at, state, contact_id, arrived_at, queued_at)
				select 'EMAIL', :queue, now() - interval '1 hour', 'QUEUED', id, now(), now() from contacts""")
			.param("queue", nobodys).param("count", properties.batchSize() + 1).update();
		try {
			Advisor advisor = advisor(2);
			routing.presence(advisor, "AVAILABLE");
			long item = chat(customer());
			assertThat(routing.awaitItem(advisor, i -> i.get("id").asLong() == item).get("state").asString()).isEqualTo("OFFERED");
		}
		finally {
			jdbc.sql("update work_item set state = 'ABANDONED', ended_at = now() where queue_code = ?").param(nobodys).update();
		}
	}

	/** The customer chats, the available advisor takes it and wraps it up; returns the item. */
	private long handledOnce(Advisor advisor, long customer) {
		routing.presence(advisor, "AVAILABLE");
		long item = chat(customer);
		routing.awaitItem(advisor, i -> i.get("id").asLong() == item);
		advisor.api().post("/api/routing/items/" + item + "/accept", "{}");
		advisor.api().post("/api/routing/items/" + item + "/wrap-up", "{\"resolved\":false}");
		return item;
	}

	private int priorityOf(long item) {
		return jdbc.sql("select priority from work_item where id = ?").param(item).query(Integer.class).single();
	}

	private Instant placeOf(long item) {
		return jdbc.sql("select place_at from work_item where id = ?").param(item).query(Timestamp.class).single().toInstant();
	}
}
