package fr.fidele.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls Fidèle's API over real HTTP with a personal API token, as an integration would. */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;
	private final String token;
	private final Map<String, String> headers = new LinkedHashMap<>();

	public ApiClient(int port, String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	public ApiClient header(String name, String value) {
		ApiClient copy = new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), token);
		copy.headers.putAll(headers);
		copy.headers.put(name, value);
		return copy;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response postBytes(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Response patch(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PUT", HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response method(String method, String path) {
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{}")));
	}

	/**
	 * The status of a call, read as soon as the response's headers arrive: an event stream answers its status at
	 * once and then never ends. The body is left unread.
	 */
	public int status(String method, String path) {
		try {
			HttpResponse<?> response = HTTP.sendAsync(request(path).header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofPublisher())
				.get(30, TimeUnit.SECONDS);
			return response.statusCode();
		}
		catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		headers.forEach(builder::header);
		return builder;
	}

	private static Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().firstValue("Idempotency-Replayed").orElse(null));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A response: status, body, and the JSON of the body when it has one. */
	public record Response(int status, String body, String replayed) {

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}
}
