package fr.fidele.messaging.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import fr.fidele.platform.web.WebhookSignature;

/**
 * Plays a messaging provider against a running Fidèle (docs/messaging.md): customers' texts delivered, signed, to a
 * channel's inbound webhook at a Poisson rate, and the outbound webhook served to receive the advisors' replies, each
 * checked against the secret. {@code ./simulate-messages} runs it; it prints each reply and a summary.
 */
public final class MessagingSimulator {

	static final String USAGE = """
			simulate-messages --key K --secret S [--url http://localhost:8080] [--listen 9099] [--customers 20] [--rate 1]
			                  [--duration 60s] [--seed 1]""";
	private static final String[] TEXTS = { "Bonjour, ma box ne marche plus depuis ce matin.", "Je n’ai pas reçu ma facture de novembre.",
			"Pouvez-vous me rappeler ? Je suis disponible après 18 h.", "Hello, my parcel has not arrived yet.", "Merci pour votre aide !",
			"Le technicien n’est pas venu au rendez-vous.", "Comment résilier mon option TV ?", "Is there a fee to change my plan?" };

	/** What a run did: messages delivered and refused, replies received and how many were correctly signed. */
	public record Summary(int delivered, int refused, int replies, int signedReplies) {
	}

	/** Where Fidèle is, the channel's key and secret, the port of the outbound webhook, and the traffic. */
	public record Options(String url, String key, String secret, int listen, int customers, double rate, Duration duration, long seed) {
	}

	private MessagingSimulator() {
	}

	public static void main(String[] args) throws Exception {
		Summary summary = run(parse(List.of(args)));
		System.out.printf("delivered %d, refused %d, replies received %d (%d correctly signed)%n", summary.delivered(), summary.refused(),
				summary.replies(), summary.signedReplies());
	}

	public static Summary run(Options options) throws IOException, InterruptedException {
		AtomicInteger replies = new AtomicInteger();
		AtomicInteger signed = new AtomicInteger();
		HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", options.listen()), 0);
		provider.createContext("/replies", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean genuine = WebhookSignature.verifies(options.secret(), exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body,
					Instant.now().getEpochSecond(), 300);
			replies.incrementAndGet();
			signed.addAndGet(genuine ? 1 : 0);
			System.out.println((genuine ? "reply " : "UNSIGNED reply ") + body);
			exchange.sendResponseHeaders(genuine ? 200 : 401, -1);
			exchange.close();
		});
		provider.start();
		HttpClient http = HttpClient.newHttpClient();
		try {
			Random random = new Random(options.seed());
			int delivered = 0;
			int refused = 0;
			Instant end = Instant.now().plus(options.duration());
			while (Instant.now().isBefore(end)) {
				int customer = random.nextInt(options.customers());
				String phone = "+3361" + String.format("%07d", customer);
				String body = """
						{"messageId":"sim-%s","threadId":"%s","author":{"id":"%s","name":"Client %d"},"text":"%s","sentAt":"%s"}"""
					.formatted(java.util.UUID.randomUUID(), phone, phone, customer, TEXTS[random.nextInt(TEXTS.length)], Instant.now());
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(options.url() + "/api/messaging/v1/channels/"
						+ options.key() + "/messages")).header("Content-Type", "application/json")
					.header(WebhookSignature.HEADER, WebhookSignature.header(options.secret(), Instant.now().getEpochSecond(), body))
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() / 100 == 2) {
					delivered++;
				}
				else {
					refused++;
					System.out.println("refused " + answer.statusCode() + " " + answer.body());
				}
				// Poisson arrivals: exponential gaps of mean 1 / rate
				Thread.sleep((long) (-Math.log(1 - random.nextDouble()) / options.rate() * 1000));
			}
			return new Summary(delivered, refused, replies.get(), signed.get());
		}
		finally {
			provider.stop(0);
		}
	}

	static Options parse(List<String> args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i += 2) {
			if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --name value pairs\n" + USAGE);
			}
			values.put(args.get(i).substring(2), args.get(i + 1));
		}
		if (!values.containsKey("key") || !values.containsKey("secret")) {
			throw new IllegalArgumentException("the channel's key and secret are needed (POST /api/messaging/channels gives them)\n" + USAGE);
		}
		return new Options(values.getOrDefault("url", "http://localhost:8080"), values.get("key"), values.get("secret"),
				Integer.parseInt(values.getOrDefault("listen", "9099")), Integer.parseInt(values.getOrDefault("customers", "20")),
				Double.parseDouble(values.getOrDefault("rate", "1")), Duration.parse("PT" + values.getOrDefault("duration", "60s").toUpperCase()),
				Long.parseLong(values.getOrDefault("seed", "1")));
	}
}
