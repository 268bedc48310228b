package fr.fidele.routing.cti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The switch's event API over HTTP: signed, idempotent, in any order; a callback keeps the caller's place. */
@FideleTest
class SwitchEventsTests {

	static final String EVENTS = SwitchClient.EVENTS;

	@LocalServerPort
	int port;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	String queue;
	ApiClient reader;
	final List<Advisor> advisors = new ArrayList<>();

	@BeforeEach
	void aQueueOfItsOwn() {
		queue = routing.queue(1, 60);
		reader = new ApiClient(port, people.create(Role.SUPERVISOR).token());
	}

	@AfterEach
	void everyoneGoesHome() {
		advisors.forEach(advisor -> routing.presence(advisor, "OFFLINE"));
	}

	ApiClient.Response send(String json) {
		return new SwitchClient(port, FideleTest.CTI_SECRET).send(json);
	}

	String offered(String call, Instant at) {
		return """
				{"eventId":"%s-offered","type":"call.offered","callId":"%s","occurredAt":"%s","caller":"+33 6 12 34 56 78",
				 "dialled":"3900","ivr":{"language":"fr","reason":"BILLING","choices":["2"]},"queue":"%s"}"""
			.formatted(call, call, at, queue);
	}

	static String ended(String call, Instant at) {
		return """
				{"eventId":"%s-ended","type":"call.ended","callId":"%s","occurredAt":"%s","endedBy":"CUSTOMER"}"""
			.formatted(call, call, at);
	}

	static String callbackRequested(String call, Instant at) {
		return """
				{"eventId":"%s-cb","type":"callback.requested","callId":"%s","occurredAt":"%s","callbackNumber":"+33612345678"}"""
			.formatted(call, call, at);
	}

	static String answered(String call, Instant at, Advisor advisor) {
		return """
				{"eventId":"%s-answered","type":"call.answered","callId":"%s","occurredAt":"%s","advisor":"%s"}"""
			.formatted(call, call, at, advisor.username());
	}

	/** An advisor of this test's queue, sent home after it. */
	Advisor advisor() {
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		advisors.add(advisor);
		return advisor;
	}

	@Test
	void unsignedOrWronglySignedEventsAreRefused() {
		String call = UUID.randomUUID().toString();
		ApiClient.Response unsigned = new ApiClient(port, null).post(EVENTS, offered(call, Instant.now()));
		assertThat(unsigned.status()).isEqualTo(401);
		ApiClient.Response forged = new ApiClient(port, null).header(CtiSignature.TIMESTAMP, String.valueOf(Instant.now().getEpochSecond()))
			.header(CtiSignature.SIGNATURE, "sha256=" + "00".repeat(32)).post(EVENTS, offered(call, Instant.now()));
		assertThat(forged.status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from cti_event where call_id = ?").param(call).query(Integer.class).single()).isZero();
	}

	@Test
	void aRepeatedEventChangesNothingAndGetsTheSameAnswer() {
		String call = UUID.randomUUID().toString();
		ApiClient.Response first = send(offered(call, Instant.now()));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().at("/routing/action").asString()).isEqualTo("QUEUE");
		assertThat(first.json().at("/routing/queue").asString()).isEqualTo(queue);
		// nobody serves this queue: the wait is unknown, so a callback is offered
		assertThat(first.json().at("/routing/offerCallback").asBoolean()).isTrue();
		ApiClient.Response again = send(offered(call, Instant.now()));
		assertThat(again.json().at("/duplicate").asBoolean()).isTrue();
		assertThat(again.json().at("/routing/itemId").asLong()).isEqualTo(first.json().at("/routing/itemId").asLong());
		assertThat(jdbc.sql("select count(*) from cti_event where call_id = ?").param(call).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from work_item w join cti_call c on c.work_item_id = w.id where c.call_id = ?")
			.param(call).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anEndArrivingBeforeTheAnswerIsCorrectedWhenTheAnswerArrives() {
		Advisor advisor = advisor();
		String call = UUID.randomUUID().toString();
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
		send(offered(call, t0));
		JsonNode ended = send(ended(call, t0.plusSeconds(100))).json();
		long contactId = ended.at("/routing/contactId").asLong();
		assertThat(reader.get("/api/contacts/" + contactId).json().get("endedBy").asString()).isEqualTo("ABANDONED");

		JsonNode answered = send(answered(call, t0.plusSeconds(20), advisor)).json();
		assertThat(answered.at("/routing/state").asString()).isEqualTo("WRAP_UP");
		JsonNode contact = reader.get("/api/contacts/" + contactId).json();
		assertThat(contact.get("endedBy").asString()).isEqualTo("CUSTOMER");
		assertThat(Instant.parse(contact.get("answeredAt").asString())).isEqualTo(t0.plusSeconds(20));
		assertThat(contact.get("legs")).hasSize(1);
		assertThat(contact.at("/legs/0/advisorId").asLong()).isEqualTo(advisor.id());
		// the advisor owes the wrap-up of the call they answered
		assertThat(routing.items(advisor).get(0).get("state").asString()).isEqualTo("WRAP_UP");
	}

	@Test
	void aCallbackKeepsTheCallersPlace() {
		String early = UUID.randomUUID().toString();
		String late = UUID.randomUUID().toString();
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		long earlyItem = send(offered(early, t0)).json().at("/routing/itemId").asLong();
		send(offered(late, t0.plusSeconds(20)));
		JsonNode callback = send(callbackRequested(early, t0.plusSeconds(30))).json();
		assertThat(callback.at("/routing/itemId").asLong()).isEqualTo(earlyItem);
		send(ended(early, t0.plusSeconds(31)));

		Advisor advisor = advisor();
		routing.presence(advisor, "AVAILABLE");
		JsonNode first = routing.awaitItem(advisor, item -> true);
		assertThat(first.get("id").asLong()).isEqualTo(earlyItem);
		assertThat(first.get("channel").asString()).isEqualTo("CALLBACK");
		assertThat(first.get("callbackNumber").asString()).isEqualTo("+33612345678");
		assertThat(Instant.parse(first.get("placeAt").asString())).isEqualTo(t0);
		long phoneContact = callback.at("/routing/contactId").asLong();
		assertThat(reader.get("/api/contacts/" + phoneContact).json().get("endedBy").asString())
			.as("the wait ended by Fidèle, not abandoned by the customer").isEqualTo("SYSTEM");
	}

	@Test
	void aCallbackReportedAfterTheHangUpIsStillCalledBack() {
		String call = UUID.randomUUID().toString();
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		long item = send(offered(call, t0)).json().at("/routing/itemId").asLong();
		send(ended(call, t0.plusSeconds(31)));
		assertThat(routing.state(item)).as("hung up without an answer: abandoned, for now").isEqualTo("ABANDONED");
		send(callbackRequested(call, t0.plusSeconds(30)));

		Advisor advisor = advisor();
		routing.presence(advisor, "AVAILABLE");
		JsonNode offered = routing.awaitItem(advisor, i -> i.get("id").asLong() == item);
		assertThat(offered.get("channel").asString()).isEqualTo("CALLBACK");
		assertThat(Instant.parse(offered.get("placeAt").asString())).isEqualTo(t0);
	}

	@Test
	void aTransferToAnUnknownQueueIsRefusedAndChangesNothing() {
		Advisor advisor = advisor();
		String call = UUID.randomUUID().toString();
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		send(offered(call, t0));
		send(answered(call, t0.plusSeconds(5), advisor));
		ApiClient.Response transfer = send("""
				{"eventId":"%s-tr","type":"call.transferred","callId":"%s","occurredAt":"%s","target":{"queue":"NO_SUCH_QUEUE"},"note":"n"}"""
			.formatted(call, call, t0.plusSeconds(9)));
		assertThat(transfer.status()).isEqualTo(422);
		assertThat(transfer.json().at("/errors/0/field").asString()).isEqualTo("target.queue");
		assertThat(jdbc.sql("select count(*) from cti_event where call_id = ?").param(call).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aBadEventNamesItsField() {
		ApiClient.Response noType = send("{\"eventId\":\"x-%s\",\"callId\":\"c\",\"occurredAt\":\"2026-11-30T10:00:00Z\"}"
			.formatted(UUID.randomUUID()));
		assertThat(noType.status()).isEqualTo(422);
		assertThat(noType.json().at("/errors/0/field").asString()).isEqualTo("type");
		ApiClient.Response badTime = send("{\"eventId\":\"x\",\"type\":\"call.offered\",\"callId\":\"c\",\"occurredAt\":\"yesterday\"}");
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(badTime.json().at("/errors/0/field").asString()).isEqualTo("occurredAt");
	}
}
