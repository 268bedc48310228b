import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in through the form as a browser does it (the page for its CSRF token, then the POST), from one network
 * address named in X-Forwarded-For. Two modes:
 *   cost  — the demo user signs in with the right password, again and again: the time one sign-in costs (the
 *           password hash is most of it);
 *   spray — a password spray: one wrong password tried on a new account name at each attempt, back to back; counts
 *           the attempts whose password was checked (answered "wrong password") and those turned away by a wait.
 *   java SignInLoad.java --port 18192 --mode spray --duration 60 [--user camille --password PW] [--address 203.0.113.9]
 * Prints one line of key=value.
 */
public class SignInLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String base = "http://localhost:" + opt.getOrDefault("port", "18192");
		String mode = opt.getOrDefault("mode", "spray");
		String address = opt.getOrDefault("address", "203.0.113.9");
		long until = System.nanoTime() + Long.parseLong(opt.getOrDefault("duration", "60")) * 1_000_000_000L;
		List<Long> checkedNanos = new ArrayList<>();
		int checked = 0;
		int turnedAway = 0;
		int signedIn = 0;
		long started = System.nanoTime();
		for (int attempt = 0; System.nanoTime() < until; attempt++) {
			boolean cost = "cost".equals(mode);
			String user = cost ? opt.get("user") : "spray-" + attempt;
			String password = cost ? opt.get("password") : "Printemps2026!";
			long sent = System.nanoTime();
			String ended = tryOnce(base, user, password, address);
			long took = System.nanoTime() - sent;
			if (ended.startsWith("/login?error")) {
				checked++;
				checkedNanos.add(took);
			}
			else if (ended.startsWith("/login?wait") || ended.startsWith("/login?locked")) {
				turnedAway++;
			}
			else {
				signedIn++;
				checkedNanos.add(took);
			}
		}
		double minutes = (System.nanoTime() - started) / 60e9;
		Collections.sort(checkedNanos);
		double p50 = checkedNanos.isEmpty() ? 0 : checkedNanos.get(checkedNanos.size() / 2) / 1e6;
		System.out.printf("mode=%s checked_per_min=%.0f turned_away_per_min=%.0f signed_in=%d p50_ms=%.1f attempts=%d%n", mode,
				checked / minutes, turnedAway / minutes, signedIn, p50, checked + turnedAway + signedIn);
	}

	/** One sign-in in a new session; where it ended, path and query. */
	private static String tryOnce(String base, String user, String password, String address) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		String location = answer.headers().firstValue("Location").orElse("");
		URI to = URI.create(base).resolve(location);
		return to.getRawQuery() == null ? to.getPath() : to.getPath() + "?" + to.getRawQuery();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
