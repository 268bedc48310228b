package fr.fidele.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks to a real HTTP receiver started by the test: a change is delivered signed (the signature checked here with
 * the JDK's own HMAC, as a receiver would), logged with the answer, retried when the receiver fails, and the
 * subscription stopped after repeated failures until an administrator starts it again.
 */
@FideleTest
class WebhookTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	record Received(String body, Map<String, String> headers) {
	}

	final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
	final AtomicInteger answer = new AtomicInteger(200);
	HttpServer receiver;
	ApiClient admin;
	long subscription;
	String secret;

	@BeforeEach
	void aReceiverAndASubscription() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(body, Map.of("signature", String.valueOf(exchange.getRequestHeaders().getFirst("Fidele-Signature")),
					"delivery", String.valueOf(exchange.getRequestHeaders().getFirst("Fidele-Delivery")))));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		receiver.start();
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient.Response created = admin.post("/api/webhooks", """
				{"url":"http://127.0.0.1:%d/hook","events":["customer.registered","case.opened"]}""".formatted(receiver.getAddress().getPort()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		subscription = created.json().at("/subscription/id").asLong();
		secret = created.json().get("secret").asString();
	}

	@AfterEach
	void stop() {
		admin.delete("/api/webhooks/" + subscription);
		receiver.stop(0);
	}

	@Test
	void aChangeIsDeliveredSignedAndLogged() throws Exception {
		String reference = "WH-" + UUID.randomUUID().toString().substring(0, 8);
		registerCustomer(reference);

		Received delivery = received.poll(20, TimeUnit.SECONDS);
		assertThat(delivery).as("a delivery within 20 s").isNotNull();
		JsonNode body = json.readTree(delivery.body());
		assertThat(body.get("type").asString()).isEqualTo("customer.registered");
		assertThat(body.at("/data/reference").asString()).isEqualTo(reference);
		String[] signature = delivery.headers().get("signature").split(",");
		String timestamp = signature[0].substring("t=".length());
		assertThat(signature[1]).isEqualTo("v1=" + hmac(secret, timestamp + "." + delivery.body()));
		assertThat(Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000)).isLessThan(60);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode log = admin.get("/api/webhooks/" + subscription + "/deliveries").json();
			assertThat(log.get(0).get("state").asString()).isEqualTo("DELIVERED");
			assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(200);
			assertThat(log.get(0).get("id").asString()).isEqualTo(delivery.headers().get("delivery"));
		});
	}

	@Test
	void aFailingReceiverIsRetriedThenStoppedUntilStartedAgain() throws Exception {
		answer.set(503);
		registerCustomer("WF-" + UUID.randomUUID().toString().substring(0, 8));
		assertThat(received.poll(20, TimeUnit.SECONDS)).isNotNull();
		for (int retry = 0; retry < 2; retry++) {
			// the retry's wait passes
			jdbc.sql("update webhook_delivery set next_attempt_at = now() where subscription_id = ? and state = 'PENDING'").param(subscription)
				.update();
			assertThat(received.poll(20, TimeUnit.SECONDS)).as("retry %d", retry + 1).isNotNull();
		}

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode stopped = admin.get("/api/webhooks").json();
			JsonNode ours = null;
			for (JsonNode each : stopped) {
				ours = each.get("id").asLong() == subscription ? each : ours;
			}
			assertThat(ours.get("active").asBoolean()).isFalse();
			assertThat(ours.get("disabledReason").asString()).contains("3 failed attempts", "HTTP 503");
		});
		JsonNode log = admin.get("/api/webhooks/" + subscription + "/deliveries").json();
		assertThat(log.get(0).get("attempts").asInt()).isEqualTo(3);
		assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(503);

		answer.set(200);
		assertThat(admin.post("/api/webhooks/" + subscription + "/enable", "").json().get("active").asBoolean()).isTrue();
		jdbc.sql("update webhook_delivery set next_attempt_at = now() where subscription_id = ?").param(subscription).update();
		assertThat(received.poll(20, TimeUnit.SECONDS)).as("the pending delivery, sent again").isNotNull();
	}

	@Test
	void badSubscriptionsAreRefusedNamingTheField() {
		assertThat(admin.post("/api/webhooks", "{\"url\":\"ftp://example.org/x\",\"events\":[\"case.opened\"]}").json()
			.at("/errors/0/field").asString()).isEqualTo("url");
		assertThat(admin.post("/api/webhooks", "{\"url\":\"https://user:pw@example.org/x\",\"events\":[\"case.opened\"]}").json()
			.at("/errors/0/field").asString()).isEqualTo("url");
		assertThat(admin.post("/api/webhooks", "{\"url\":\"https://example.org/x\",\"events\":[\"everything\"]}").json()
			.at("/errors/0/field").asString()).isEqualTo("events");
		assertThat(admin.get("/api/webhooks").body()).doesNotContain(secret);
	}

	private void registerCustomer(String reference) {
		ApiClient advisor = new ApiClient(port, people.create(Role.ADVISOR).token());
		assertThat(advisor.post("/api/customers", """
				{"reference":"%s","name":"Yves Marchand","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
			.formatted(reference)).status()).isEqualTo(201);
	}

	private static String hmac(String key, String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}
}
