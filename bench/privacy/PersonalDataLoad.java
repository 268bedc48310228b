import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The export and the erasure of customers who each have CONTACTS contacts (with notes, two legs and a transfer note
 * each), through the API as a data-protection officer calls it. Signs in as the demo administrator, creates CUSTOMERS
 * such customers, then for each: the export once cold and five times warm, then the erasure (once: it cannot be
 * repeated). Prints one line of key=value with the medians, in milliseconds.
 *   java PersonalDataLoad.java --port 18193 --password PW [--customers 5] [--contacts 1000]
 */
public class PersonalDataLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(fid_[^<]+)<");
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String base = "http://localhost:" + opt.getOrDefault("port", "18193");
		int customers = Integer.parseInt(opt.getOrDefault("customers", "5"));
		int contacts = Integer.parseInt(opt.getOrDefault("contacts", "1000"));
		String token = token(base, "admin", opt.get("password"));
		HttpClient http = HttpClient.newHttpClient();
		List<Double> cold = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		List<Double> erasure = new ArrayList<>();
		long exportBytes = 0;
		for (int c = 0; c < customers; c++) {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			String body = call(http, token, "POST", base + "/api/customers", """
					{"reference":"GDPR-%s","name":"Client %s","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2020-01-15",
					 "notes":"notes de %s","identities":[{"kind":"EMAIL","value":"c-%s@exemple.fr"}]}""".formatted(tag, tag, tag, tag));
			Matcher id = ID.matcher(body);
			if (!id.find()) {
				throw new IllegalStateException("customer not created: " + body);
			}
			long customerId = Long.parseLong(id.group(1));
			for (int k = 0; k < contacts; k++) {
				String day = java.time.LocalDate.of(2021, 1, 1).plusDays(k).toString();
				call(http, token, "POST", base + "/api/contacts", """
						{"customerId":%d,"channel":"PHONE","reasonCode":"BILLING","queue":"phone-fr","arrivedAt":"%sT09:00:00Z",
						 "answeredAt":"%sT09:01:00Z","endedAt":"%sT09:09:00Z","endedBy":"CUSTOMER","resolved":true,
						 "wrapUpNotes":"appel %d de %s",
						 "legs":[{"advisor":"camille","startedAt":"%sT09:01:00Z","endedAt":"%sT09:04:00Z","transferNote":"pour %s"},
						         {"advisor":"emma","startedAt":"%sT09:04:00Z","endedAt":"%sT09:09:00Z"}]}"""
					.formatted(customerId, day, day, day, k, tag, day, day, tag, day, day));
			}
			String export = base + "/api/customers/" + customerId + "/personal-data";
			long sent = System.nanoTime();
			exportBytes = call(http, token, "GET", export, null).length();
			cold.add((System.nanoTime() - sent) / 1e6);
			for (int i = 0; i < 5; i++) {
				sent = System.nanoTime();
				call(http, token, "GET", export, null);
				warm.add((System.nanoTime() - sent) / 1e6);
			}
			sent = System.nanoTime();
			call(http, token, "POST", base + "/api/customers/" + customerId + "/erasure", "{\"reason\":\"benchmark\"}");
			erasure.add((System.nanoTime() - sent) / 1e6);
		}
		System.out.printf("customers=%d contacts_each=%d export_cold_ms=%.0f export_warm_ms=%.0f erasure_ms=%.0f export_bytes=%d%n",
				customers, contacts, median(cold), median(warm), median(erasure), exportBytes);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static String call(HttpClient http, String token, String method, String url, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
		request = json == null ? request.GET() : request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	/** A personal API token of {@code user}, made on the tokens page after signing in with the form. */
	private static String token(String base, String user, String password) throws Exception {
		HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
		post(pages, base, "/login", "username=" + enc(user) + "&password=" + enc(password));
		Matcher token = NEW_TOKEN.matcher(post(pages, base, "/tokens", "name=bench"));
		if (!token.find()) {
			throw new IllegalStateException(user + " could not sign in and make a token");
		}
		return token.group(1);
	}

	private static String post(HttpClient pages, String base, String path, String form) throws Exception {
		Matcher csrf = CSRF.matcher(pages.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
		if (!csrf.find()) {
			throw new IllegalStateException(path + " has no CSRF token");
		}
		return pages.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
