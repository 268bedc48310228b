package fr.fidele.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import fr.fidele.platform.web.WebhookSignature;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A messaging provider, played by the test: it delivers signed customer messages to the inbound webhook and receives
 * the advisors' replies on an outbound webhook it serves on this machine. Messages become SOCIAL contacts of the
 * customer whose phone number wrote; a delivery repeated is one message; unsigned, stale, malformed, oversized or
 * incomplete requests are refused with problem details and keep nothing.
 */
@FideleTest
class MessagingTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	MessagingReplies replies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	record Delivered(String body, Map<String, String> headers) {
	}

	final LinkedBlockingQueue<Delivered> delivered = new LinkedBlockingQueue<>();
	final AtomicInteger answer = new AtomicInteger(200);
	HttpServer provider;
	ApiClient admin;
	String key;
	String secret;
	long channel;
	String queue;

	@BeforeEach
	void aProviderAndItsChannel() throws IOException {
		provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		provider.createContext("/replies", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			delivered.add(new Delivered(body, Map.of("signature", String.valueOf(exchange.getRequestHeaders().getFirst("Fidele-Signature")),
					"idempotency", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")))));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		provider.start();
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		queue = routing.queue(1, 60);
		ApiClient.Response created = admin.post("/api/messaging/channels", """
				{"name":"SMS service client","kind":"SMS","outboundUrl":"http://127.0.0.1:%d/replies","queue":"%s"}"""
			.formatted(provider.getAddress().getPort(), queue));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		key = created.json().at("/channel/key").asString();
		secret = created.json().get("secret").asString();
		channel = created.json().at("/channel/id").asLong();
		assertThat(admin.get("/api/messaging/channels").body()).doesNotContain(secret);
	}

	@AfterEach
	void stop() {
		provider.stop(0);
	}

	@Test
	void aCustomersTextsAreOneContactUntilAnsweredAndTheAnswerIsDeliveredSigned() throws Exception {
		String phone = "+336" + (10_000_000 + (int) (Math.random() * 89_999_999));
		long customer = customerWithPhone(phone);
		String thread = "thread-" + UUID.randomUUID();

		HttpResponse<String> first = deliver(message("m1-" + thread, thread, phone, "Bonjour, ma box ne marche plus"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		long id = json.readTree(first.body()).get("id").asLong();
		HttpResponse<String> again = deliver(message("m1-" + thread, thread, phone, "Bonjour, ma box ne marche plus"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readTree(again.body()).get("id").asLong()).isEqualTo(id);
		assertThat(json.readTree(again.body()).get("duplicate").asBoolean()).isTrue();
		assertThat(deliver(message("m2-" + thread, thread, phone, "Le voyant est rouge")).statusCode()).isEqualTo(202);

		long contact = contactOf("m1-" + thread);
		assertThat(contactOf("m2-" + thread)).as("written before any answer: the same contact").isEqualTo(contact);
		assertThat(jdbc.sql("select channel from contact where id = ?").param(contact).query(String.class).single()).isEqualTo("SOCIAL");
		assertThat(jdbc.sql("select customer_id from contact where id = ?").param(contact).query(Long.class).single()).isEqualTo(customer);
		assertThat(jdbc.sql("select queue_code from work_item where contact_id = ?").param(contact).query(String.class).single()).isEqualTo(queue);

		long reply = replies.reply(contact, 1, "Camille", "Débranchez-la dix secondes, puis rebranchez-la.");
		Delivered sent = delivered.poll(20, TimeUnit.SECONDS);
		assertThat(sent).as("the reply delivered within 20 s").isNotNull();
		JsonNode body = json.readTree(sent.body());
		assertThat(body.get("threadId").asString()).isEqualTo(thread);
		assertThat(body.get("to").asString()).isEqualTo(phone);
		assertThat(body.get("text").asString()).isEqualTo("Débranchez-la dix secondes, puis rebranchez-la.");
		assertThat(sent.headers().get("idempotency")).isEqualTo("fidele-" + reply);
		assertThat(WebhookSignature.verifies(secret, sent.headers().get("signature"), sent.body(), Instant.now().getEpochSecond(), 60)).isTrue();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(state(reply)));

		assertThat(jdbc.sql("select first_response_at is not null from contact where id = ?").param(contact).query(Boolean.class).single())
			.as("the reply is the contact's first response").isTrue();

		deliver(message("m3-" + thread, thread, phone, "Ça remarche, merci !"));
		long back = contactOf("m3-" + thread);
		assertThat(back).as("after the answer, the customer comes back: a new contact").isNotEqualTo(contact);
		assertThat(caseOf(back)).as("on the same request's case while it is unresolved").isEqualTo(caseOf(contact)).isNotNull();
		jdbc.sql("update support_case set status = 'RESOLVED', resolved_at = now() where id = ?").param(caseOf(contact)).update();
		replies.reply(back, 1, "Camille", "Parfait !");
		deliver(message("m4-" + thread, thread, phone, "Autre chose : ma facture"));
		assertThat(caseOf(contactOf("m4-" + thread))).as("a new request once the case is resolved").isNotEqualTo(caseOf(contact));
	}

	@Test
	void aProviderRefusingAReplyIsRetriedWithItsAnswerKept() throws Exception {
		answer.set(503);
		String thread = "thread-" + UUID.randomUUID();
		deliver(message("m-" + thread, thread, "+33700000001", "Allô ?"));
		long reply = replies.reply(contactOf("m-" + thread), 1, "Camille", "Bonjour !");
		assertThat(delivered.poll(20, TimeUnit.SECONDS)).isNotNull();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select attempts from messaging_message where id = ?").param(reply)
			.query(Integer.class).single() >= 1);
		assertThat(state(reply)).isEqualTo("PENDING");
		assertThat(jdbc.sql("select send_error from messaging_message where id = ?").param(reply).query(String.class).single()).startsWith("HTTP 503");
	}

	@Test
	void badRequestsAreRefusedNamingWhyAndKeepNothing() throws Exception {
		String thread = "thread-" + UUID.randomUUID();
		String valid = message("bad-" + thread, thread, "+33700000002", "Bonjour");
		long now = Instant.now().getEpochSecond();
		assertThat(send(key, valid, null).statusCode()).as("unsigned").isEqualTo(401);
		assertThat(send(key, valid, WebhookSignature.header("msgsec_wrong", now, valid)).statusCode()).as("another secret").isEqualTo(401);
		assertThat(send(key, valid, WebhookSignature.header(secret, now - 3600, valid)).statusCode()).as("an hour old: a replay").isEqualTo(401);
		assertThat(send("unknown-key", valid, WebhookSignature.header(secret, now, valid)).statusCode()).isEqualTo(404);

		HttpResponse<String> noId = deliver(valid.replace("\"messageId\":\"bad-" + thread + "\",", ""));
		assertThat(noId.statusCode()).isEqualTo(422);
		assertThat(noId.body()).contains("\"field\":\"messageId\"");
		HttpResponse<String> broken = deliver("{\"messageId\": ");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		HttpResponse<String> badFile = deliver(valid.replace("\"attachments\":[]", "\"attachments\":[{\"filename\":\"a.jpg\",\"content\":\"%%%\"}]"));
		assertThat(badFile.body()).contains("\"field\":\"attachments[0].content\"");
		String huge = valid.replace("Bonjour", "x".repeat(300 * 1024));
		assertThat(deliver(huge).statusCode()).as("over fidele.messaging.body-limit").isEqualTo(413);

		assertThat(jdbc.sql("select count(*) from messaging_thread where external_id = ?").param(thread).query(Integer.class).single()).isZero();
		assertThat(admin.post("/api/messaging/channels", """
				{"name":"X","kind":"X","outboundUrl":"ftp://exemple.fr","queue":"%s"}""".formatted(queue)).body()).contains("\"field\":\"outboundUrl\"");
	}

	@Test
	void filesAreKeptWithinTheLimitAndListedAsRefusedBeyond() throws Exception {
		String thread = "thread-" + UUID.randomUUID();
		byte[] photo = "une photo de la box".getBytes(StandardCharsets.UTF_8);
		String withFiles = message("f-" + thread, thread, "+33700000003", "Voici la photo").replace("\"attachments\":[]", """
				"attachments":[{"filename":"box.jpg","contentType":"image/jpeg","content":"%s"},{"filename":"video.mp4","content":"%s"}]"""
			.formatted(Base64.getEncoder().encodeToString(photo), Base64.getEncoder().encodeToString(new byte[100 * 1024])));
		assertThat(deliver(withFiles).statusCode()).isEqualTo(202);
		long message = jdbc.sql("select id from messaging_message where external_id = ?").param("f-" + thread).query(Long.class).single();
		assertThat(jdbc.sql("select filename || ':' || coalesce(refused, 'KEPT') from messaging_attachment where message_id = ? order by id")
			.param(message).query(String.class).list()).containsExactly("box.jpg:KEPT", "video.mp4:TOO_LARGE");
		long photoId = jdbc.sql("select id from messaging_attachment where message_id = ? and filename = 'box.jpg'").param(message)
			.query(Long.class).single();
		assertThat(jdbc.sql("select content from messaging_attachment where id = ?").param(photoId).query(byte[].class).single()).isEqualTo(photo);
	}

	@Test
	void anErasedCustomersMessagesLoseTheirText() throws Exception {
		String phone = "+337" + (10_000_000 + (int) (Math.random() * 89_999_999));
		long customer = customerWithPhone(phone);
		String thread = "thread-" + UUID.randomUUID();
		deliver(message("e-" + thread, thread, phone, "Mon adresse est 3 rue des Lilas"));
		assertThat(admin.get("/api/customers/" + customer + "/personal-data").body()).contains("3 rue des Lilas");
		assertThat(admin.post("/api/customers/" + customer + "/erasure", "{\"reason\":\"demande du client\"}").status()).isEqualTo(200);
		assertThat(jdbc.sql("select body from messaging_message where external_id = ?").param("e-" + thread).query(String.class).single())
			.doesNotContain("Lilas");
		assertThat(jdbc.sql("select author_id from messaging_thread where external_id = ?").param(thread).query(String.class).single())
			.isNotEqualTo(phone);
	}

	@Test
	void theSimulatorPlaysAProviderBothWays() throws Exception {
		int listen = fr.fidele.support.FideleProcess.freePort();
		ApiClient.Response created = admin.post("/api/messaging/channels", """
				{"name":"Simulé","kind":"WHATSAPP","outboundUrl":"http://127.0.0.1:%d/replies","queue":"%s"}""".formatted(listen, queue));
		String simulated = created.json().at("/channel/key").asString();
		long simulatedChannel = created.json().at("/channel/id").asLong();
		Thread advisor = new Thread(() -> Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			// an advisor answers the first message as soon as it is there
			return jdbc.sql("select contact_id from messaging_message where channel_id = ? and direction = 'INBOUND' limit 1")
				.param(simulatedChannel).query(Long.class).optional().map(contact -> replies.reply(contact, 1, "Camille", "Bonjour !")).isPresent();
		}));
		advisor.start();
		fr.fidele.messaging.simulator.MessagingSimulator.Summary summary = fr.fidele.messaging.simulator.MessagingSimulator.run(
				new fr.fidele.messaging.simulator.MessagingSimulator.Options("http://localhost:" + port, simulated, created.json().get("secret").asString(),
						listen, 3, 10, Duration.ofSeconds(3), 7));
		advisor.join();
		assertThat(summary.delivered()).isGreaterThan(5);
		assertThat(summary.refused()).isZero();
		assertThat(summary.replies()).isEqualTo(1);
		assertThat(summary.signedReplies()).isEqualTo(1);
	}

	@Test
	void anUnknownWritersConversationIsGivenToTheCustomerWithTheirNumber() throws Exception {
		String phone = "+336" + (10_000_000 + (int) (Math.random() * 89_999_999));
		String thread = "thread-" + UUID.randomUUID();
		deliver(message("u1-" + thread, thread, phone, "C'est Léa, ma box est en panne"));
		long contact = contactOf("u1-" + thread);
		assertThat(jdbc.sql("select customer_id from contact where id = ?").param(contact).query(Long.class).optional()).isEmpty();
		long threadId = jdbc.sql("select thread_id from messaging_message where id = (select max(id) from messaging_message where contact_id = ?)")
			.param(contact).query(Long.class).single();
		long customer = admin.post("/api/customers", """
				{"reference":"U-%s","name":"Léa Martin","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2023-02-01"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).json().get("id").asLong();

		assertThat(admin.post("/api/messaging/threads/" + threadId + "/customer", "{}").status()).isEqualTo(422);
		ApiClient.Response given = admin.post("/api/messaging/threads/" + threadId + "/customer", "{\"customerId\":" + customer + "}");
		assertThat(given.status()).as(given.body()).isEqualTo(200);
		assertThat(jdbc.sql("select customer_id from contact where id = ?").param(contact).query(Long.class).single()).isEqualTo(customer);
		assertThat(caseOf(contact)).isEqualTo(given.json().get("caseId").asLong());
		assertThat(jdbc.sql("select count(*) from customer_identity where customer_id = ? and kind = 'PHONE' and value = ?")
			.params(customer, phone).query(Integer.class).single()).as("the number is now theirs").isEqualTo(1);

		String another = "thread-" + UUID.randomUUID();
		deliver(message("u2-" + another, another, phone, "Re-bonjour"));
		assertThat(jdbc.sql("select customer_id from contact where id = ?").param(contactOf("u2-" + another)).query(Long.class).single())
			.as("their next conversation is recognised at once").isEqualTo(customer);
		long stranger = customerWithPhone("+337" + (10_000_000 + (int) (Math.random() * 89_999_999)));
		assertThat(admin.post("/api/messaging/threads/" + threadId + "/customer", "{\"customerId\":" + stranger + "}").status()).isEqualTo(409);
	}

	@Test
	void theAdministratorsPageConnectsAChannelShowingItsSecretOnce() {
		fr.fidele.support.PageSession page = fr.fidele.support.PageSession.signIn(port, people.create(Role.ADMIN).username(),
				TestPeople.PASSWORD);
		String name = "WhatsApp " + UUID.randomUUID().toString().substring(0, 8);
		String added = page.submit("/admin/messaging", "name=" + name.replace(" ", "+") + "&kind=WHATSAPP&outboundUrl=http%3A%2F%2F127.0.0.1%3A9%2Fr&queue="
				+ queue);
		assertThat(added).contains("id=\"new-secret\"", "msgsec_", name);
		assertThat(page.get("/admin/messaging").body()).contains(name).doesNotContain("msgsec_");
		assertThat(page.submit("/admin/messaging", "name=+&kind=X&outboundUrl=ftp%3A%2F%2Fx&queue=" + queue)).contains("id=\"problem\"");
	}

	private long customerWithPhone(String phone) {
		return admin.post("/api/customers", """
				{"reference":"SMS-%s","name":"Léa Martin","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2023-02-01",
				 "identities":[{"kind":"PHONE","value":"%s"}]}""".formatted(UUID.randomUUID().toString().substring(0, 8), phone))
			.json().get("id").asLong();
	}

	private long contactOf(String messageId) {
		return jdbc.sql("select contact_id from messaging_message where channel_id = ? and external_id = ?").params(channel, messageId)
			.query(Long.class).single();
	}

	private Long caseOf(long contact) {
		return jdbc.sql("select case_id from contact where id = ?").param(contact).query(Long.class).single();
	}

	private String state(long reply) {
		return jdbc.sql("select send_state from messaging_message where id = ?").param(reply).query(String.class).single();
	}

	private static String message(String id, String thread, String author, String text) {
		return """
				{"messageId":"%s","threadId":"%s","author":{"id":"%s","name":"Client"},"text":"%s","sentAt":"2026-12-04T10:00:00Z","attachments":[]}"""
			.formatted(id, thread, author, text);
	}

	private HttpResponse<String> deliver(String body) throws Exception {
		return send(key, body, WebhookSignature.header(secret, Instant.now().getEpochSecond(), body));
	}

	private HttpResponse<String> send(String channelKey, String body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messaging/v1/channels/" + channelKey + "/messages"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header(WebhookSignature.HEADER, signature);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
