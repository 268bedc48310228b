package fr.fidele.routing.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's line to Fidèle: the switch's signed events, and the advisors' API calls with their tokens. */
final class FideleLine {

	static final String EVENTS = "/api/cti/v1/events";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final JsonMapper json = JsonMapper.builder().build();
	private final String url;
	private final byte[] secret;

	FideleLine(String url, String secret) {
		this.url = url;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** Sends a switch event; returns Fidèle's routing answer. */
	JsonNode event(String body) {
		return signed("POST", EVENTS, body).path("routing");
	}

	/** Where the call should go now. */
	JsonNode route(String callId) {
		return signed("GET", "/api/cti/v1/calls/" + callId, "");
	}

	JsonNode asAdvisor(String token, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return send(request.build());
	}

	/**
	 * Follows an advisor's event stream: calls {@code onEvent} with each event's name, on the HTTP client's threads,
	 * until the stream ends.
	 */
	void follow(String token, String path, Consumer<String> onEvent) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream").GET().build();
		http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new EventNames(onEvent)));
	}

	/** Reads the {@code event:} lines of a server-sent event stream. */
	private record EventNames(Consumer<String> onEvent) implements Flow.Subscriber<String> {

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith("event:")) {
				onEvent.accept(line.substring("event:".length()).strip());
			}
		}

		@Override
		public void onError(Throwable error) {
			// the stream broke: the advisor's periodic turn goes on without it
		}

		@Override
		public void onComplete() {
			// the server closed the stream (its time is up): the periodic turn goes on
		}
	}

	private JsonNode signed(String method, String path, String body) {
		long now = Instant.now().getEpochSecond();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
			.header("X-Fidele-Timestamp", String.valueOf(now))
			.header("X-Fidele-Signature", "sha256=" + hmac(now + "." + method + " " + path + "\n" + body))
			.header("Content-Type", "application/json")
			.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return send(request.build());
	}

	private JsonNode send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400) {
				throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " → " + response.statusCode() + " "
						+ response.body());
			}
			return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private String hmac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
