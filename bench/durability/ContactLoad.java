import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact-creation load on a running Fidèle, JDK only:
 *   java bench/durability/ContactLoad.java --port 18190 --password PW [--mode durable] [--clients 4]
 *        [--warmup 10] [--duration 30] [--user camille]
 * Signs in with the form, creates an API token, one customer per client, then each client posts contacts
 * (unique externalRef) as fast as they are answered. Only calls started after the warm-up and answered before
 * its end count. Prints one line: mode, clients, acknowledged contacts per second, p50 and p99 latency (ms).
 */
public final class ContactLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(fid_[^<]+)<");
	private static final Pattern FIRST_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String base = "http://localhost:" + required(opt, "port");
		String password = required(opt, "password");
		String user = opt.getOrDefault("user", "camille");
		String mode = opt.getOrDefault("mode", "?");
		int clients = Integer.parseInt(opt.getOrDefault("clients", "4"));
		long warmupNs = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("warmup", "10"))).toNanos();
		long measureNs = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("duration", "30"))).toNanos();

		// sign in through the form, then create a personal API token on the tokens page
		HttpClient pages = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).build();
		String signedIn = form(pages, base, "/login", "username=" + enc(user) + "&password=" + enc(password));
		if (signedIn.contains("id=\"password\"")) {
			throw new IllegalStateException(user + " could not sign in");
		}
		Matcher token = NEW_TOKEN.matcher(form(pages, base, "/tokens", "name=bench"));
		if (!token.find()) {
			throw new IllegalStateException("the tokens page showed no new token");
		}
		Api api = new Api(base, token.group(1));

		Matcher reason = FIRST_CODE.matcher(api.get("/api/reasons").body());
		if (!reason.find()) {
			throw new IllegalStateException("no reason in /api/reasons");
		}
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Client> all = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			String ref = "B-" + run + "-" + i;
			HttpResponse<String> customer = api.post("/api/customers", """
					{"reference":"%s","name":"Client %s","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
				.formatted(ref, ref));
			Matcher id = ID.matcher(customer.body());
			if (customer.statusCode() != 201 || !id.find()) {
				throw new IllegalStateException("customer not created: " + customer.statusCode() + " " + customer.body());
			}
			all.add(new Client(api, Long.parseLong(id.group(1)), ref, reason.group(1), user));
		}

		long start = System.nanoTime();
		long from = start + warmupNs;
		long until = from + measureNs;
		CountDownLatch done = new CountDownLatch(clients);
		for (Client client : all) {
			Thread thread = new Thread(() -> {
				try {
					client.run(from, until);
				}
				finally {
					done.countDown();
				}
			});
			thread.setDaemon(true);
			thread.start();
		}
		done.await();

		long acknowledged = 0;
		long refused = 0;
		List<Long> latencies = new ArrayList<>();
		for (Client client : all) {
			acknowledged += client.latencies.size();
			refused += client.refused;
			latencies.addAll(client.latencies);
		}
		latencies.sort(null);
		double seconds = measureNs / 1e9;
		System.out.printf("mode=%s clients=%d ack_per_s=%.1f p50_ms=%.2f p99_ms=%.2f acknowledged=%d refused=%d%n", mode,
				clients, acknowledged / seconds, percentile(latencies, 50), percentile(latencies, 99), acknowledged, refused);
	}

	/** One integration client with a customer of its own, posting contacts back to back. */
	private static final class Client {

		final Api api;
		final long customerId;
		final String reference;
		final String reason;
		final String advisor;
		/** Latencies (ns) of the acknowledged calls inside the measured window. */
		final List<Long> latencies = new ArrayList<>(100_000);
		long refused;

		Client(Api api, long customerId, String reference, String reason, String advisor) {
			this.api = api;
			this.customerId = customerId;
			this.reference = reference;
			this.reason = reason;
			this.advisor = advisor;
		}

		void run(long from, long until) {
			String day = "2026-03-02";
			for (int sequence = 1; System.nanoTime() < until; sequence++) {
				String body = """
						{"customerId":%d,"channel":"PHONE","reasonCode":"%s","queue":"phone-fr","externalRef":"%s-%d",
						 "arrivedAt":"%5$sT09:00:00Z","queuedAt":"%5$sT09:00:20Z","answeredAt":"%5$sT09:01:00Z",
						 "endedAt":"%5$sT09:05:00Z","endedBy":"CUSTOMER","identityVerified":true,"resolved":true,
						 "legs":[{"advisor":"%6$s","startedAt":"%5$sT09:01:00Z","endedAt":"%5$sT09:05:00Z"}]}"""
					.formatted(customerId, reason, reference, sequence, day, advisor);
				long sent = System.nanoTime();
				int status;
				try {
					status = api.post("/api/contacts", body).statusCode();
				}
				catch (IllegalStateException e) {
					status = 0;
				}
				long answered = System.nanoTime();
				boolean counted = sent >= from && answered <= until;
				if (status == 201) {
					if (counted) {
						latencies.add(answered - sent);
					}
				}
				else {
					if (counted) {
						refused++;
					}
					if (status >= 400 && status < 500 && status != 409 && status != 429) {
						throw new IllegalStateException("a valid contact was refused: " + status);
					}
				}
			}
		}
	}

	private record Api(String base, String token, HttpClient http) {

		Api(String base, String token) {
			this(base, token, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		}

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
		}

		HttpResponse<String> post(String path, String json) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			return ContactLoad.send(http, request);
		}
	}

	/** GETs the page for its CSRF token, then POSTs the form with it; the body of the page it ends on. */
	private static String form(HttpClient http, String base, String path, String form) {
		Matcher csrf = CSRF.matcher(send(http, HttpRequest.newBuilder(URI.create(base + path)).GET()).body());
		if (!csrf.find()) {
			throw new IllegalStateException(path + " has no CSRF token");
		}
		return send(http, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1))))).body();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(sorted.size() * p / 100.0);
		return sorted.get(Math.max(rank, 1) - 1) / 1e6;
	}

	private static String required(Map<String, String> opt, String name) {
		String value = opt.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
