import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 12's chat benchmark, a loopback load generator: CONVERSATIONS chats, each with its event stream open, each
 * writing a message every INTERVAL (random phase) for SECONDS; the delivery time of a message is from the moment its
 * POST starts to the moment its event arrives on the conversation's stream (the path an advisor's stream takes too:
 * the same streams, woken by the same notification). The first WARMUP seconds are not counted.
 *   fidele — Fidèle's chat: starts each conversation (POST /chat/v1/widgets/{key}/conversations), reads
 *            GET /chat/v1/conversations/{id}/events, writes POST /chat/v1/conversations/{id}/messages.
 *   echo   — the reference, in the same run: a raw SSE echo on the JDK's HTTP server in this process (GET
 *            /events/{id} kept open, POST /send/{id} written at once to that stream), with no database.
 *   java ChatLoad --mode fidele --port 18194 --key K [--conversations 500 --seconds 60 --interval-ms 2000 --warmup 60]
 *   java ChatLoad --mode echo [same]
 */
public class ChatLoad {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
	private static final Pattern SENT = Pattern.compile("m (\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
	private final AtomicInteger sent = new AtomicInteger();
	private final AtomicInteger failed = new AtomicInteger();
	private volatile long countFrom;

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opt.put(args[i].substring(2), args[i + 1]);
		}
		new ChatLoad().run(opt);
	}

	/** Where one conversation's stream is read and its messages written. */
	private record Conversation(URI events, URI send, String token) {
	}

	private void run(Map<String, String> opt) throws Exception {
		int conversations = Integer.parseInt(opt.getOrDefault("conversations", "500"));
		int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
		int interval = Integer.parseInt(opt.getOrDefault("interval-ms", "2000"));
		int warmup = Integer.parseInt(opt.getOrDefault("warmup", "60"));
		boolean echo = "echo".equals(opt.get("mode"));
		HttpServer server = echo ? echoServer() : null;
		String base = echo ? "http://127.0.0.1:" + server.getAddress().getPort() : "http://127.0.0.1:" + opt.get("port");
		List<Conversation> all = new ArrayList<>();
		for (int i = 0; i < conversations; i++) {
			all.add(echo ? new Conversation(URI.create(base + "/events/" + i), URI.create(base + "/send/" + i), "")
					: start(base, opt.get("key"), i));
		}
		AtomicInteger open = new AtomicInteger();
		for (Conversation conversation : all) {
			HttpRequest listen = HttpRequest.newBuilder(conversation.events()).header("Authorization", "Bearer " + conversation.token())
				.header("Accept", "text/event-stream").build();
			http.sendAsync(listen, HttpResponse.BodyHandlers.fromLineSubscriber(new Lines())).thenRun(open::decrementAndGet);
			open.incrementAndGet();
		}
		Thread.sleep(2000);
		ScheduledExecutorService writers = Executors.newScheduledThreadPool(4);
		long started = System.nanoTime();
		countFrom = started + TimeUnit.SECONDS.toNanos(warmup);
		for (Conversation conversation : all) {
			writers.scheduleAtFixedRate(() -> write(conversation), ThreadLocalRandom.current().nextInt(interval), interval, TimeUnit.MILLISECONDS);
		}
		Thread.sleep(TimeUnit.SECONDS.toMillis(warmup + seconds));
		writers.shutdownNow();
		Thread.sleep(2000);
		long[] counted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("mode=%s conversations=%d streams_open=%d sent=%d delivered_counted=%d failed=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
				echo ? "echo" : "fidele", conversations, open.get(), sent.get(), counted.length, failed.get(), ms(counted, 0.50), ms(counted, 0.95),
				ms(counted, 0.99), counted.length == 0 ? 0 : counted[counted.length - 1] / 1e6);
		if (server != null) {
			server.stop(0);
		}
		System.exit(0);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private Conversation start(String base, String key, int i) throws Exception {
		HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/chat/v1/widgets/" + key + "/conversations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Client " + i + "\",\"text\":\"Bonjour\",\"language\":\"fr\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(started.body());
		Matcher token = TOKEN.matcher(started.body());
		if (started.statusCode() != 201 || !id.find() || !token.find()) {
			throw new IllegalStateException("conversation " + i + " not started: " + started.statusCode() + " " + started.body());
		}
		String conversation = base + "/chat/v1/conversations/" + id.group(1);
		return new Conversation(URI.create(conversation + "/events"), URI.create(conversation + "/messages"), token.group(1));
	}

	private void write(Conversation conversation) {
		String text = "m " + System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(conversation.send()).header("Authorization", "Bearer " + conversation.token())
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build();
		sent.incrementAndGet();
		http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure != null || response.statusCode() != 201) {
				failed.incrementAndGet();
			}
		});
	}

	/** One stream's lines: each message event carrying a send time gives a delivery time. */
	private final class Lines implements Flow.Subscriber<String> {

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (line.startsWith("data:")) {
				Matcher at = SENT.matcher(line);
				if (at.find()) {
					long sentAt = Long.parseLong(at.group(1));
					if (sentAt >= countFrom) {
						delays.add(now - sentAt);
					}
				}
			}
		}

		@Override
		public void onError(Throwable failure) {
			failed.incrementAndGet();
		}

		@Override
		public void onComplete() {
			// the stream's timeout: the run is shorter than it
		}
	}

	/** The reference: a raw SSE echo, each POST written at once to its conversation's open stream. */
	private static HttpServer echoServer() throws IOException {
		Map<String, OutputStream> streams = new ConcurrentHashMap<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		server.createContext("/events/", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			streams.put(exchange.getRequestURI().getPath().substring("/events/".length()), out);
		});
		AtomicInteger seq = new AtomicInteger();
		server.createContext("/send/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String text = body.substring(body.indexOf("\"text\":\"") + 8, body.lastIndexOf('"'));
			OutputStream out = streams.get(exchange.getRequestURI().getPath().substring("/send/".length()));
			int number = seq.incrementAndGet();
			String event = "id: " + number + "\nevent: message\ndata: {\"seq\":" + number + ",\"author\":\"CUSTOMER\",\"body\":\"" + text + "\"}\n\n";
			synchronized (out) {
				out.write(event.getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			exchange.sendResponseHeaders(201, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
		return server;
	}
}
