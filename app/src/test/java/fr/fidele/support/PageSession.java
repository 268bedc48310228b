package fr.fidele.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using Fidèle's pages over plain HTTP, without a browser: signs in with the form and its CSRF token, as
 * Fidèle serves them, and creates an API token on the tokens page. For tests that run Fidèle as a separate process.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(fid_[^<]+)<");

	private final String base;
	/** The client's address as a reverse proxy names it, or null: the loopback's own. */
	private final String forwardedFor;
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	private PageSession(int port) {
		this(port, null);
	}

	private PageSession(int port, String forwardedFor) {
		this.base = "http://localhost:" + port;
		this.forwardedFor = forwardedFor;
	}

	/** Someone not signed in, at {@code address} as a reverse proxy names it in {@code X-Forwarded-For}. */
	public static PageSession anonymous(int port, String address) {
		return new PageSession(port, address);
	}

	public static PageSession signIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		String page = session.typePassword(username, password);
		if (page.contains("id=\"password\"")) {
			throw new IllegalStateException(username + " could not sign in");
		}
		return session;
	}

	/** A session whose sign-in form was sent, wherever it led (a second factor's page, an error). */
	public static PageSession passwordTyped(int port, String username, String password) {
		PageSession session = new PageSession(port);
		session.typePassword(username, password);
		return session;
	}

	private String typePassword(String username, String password) {
		return post("/login", "username=" + encode(username) + "&password=" + encode(password), csrf("/login"));
	}

	/**
	 * One try at the sign-in form from {@code address} (as a reverse proxy would name it in {@code X-Forwarded-For}):
	 * where it ended, path and query, redirects followed ({@code /login?error} for a wrong password).
	 */
	public static String trySignIn(int port, String username, String password, String address) {
		PageSession session = new PageSession(port);
		Matcher csrf = CSRF.matcher(session.send(HttpRequest.newBuilder(URI.create(session.base + "/login")).GET()));
		if (!csrf.find()) {
			throw new IllegalStateException("the sign-in page has no CSRF token");
		}
		URI ended = session.get(HttpRequest.newBuilder(URI.create(session.base + "/login")).header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1))))).uri();
		return ended.getRawQuery() == null ? ended.getPath() : ended.getPath() + "?" + ended.getRawQuery();
	}

	/** A page as the browser gets it: status and body, redirects followed. */
	public HttpResponse<String> get(String path) {
		return get(HttpRequest.newBuilder(URI.create(base + path)));
	}

	/** Submits a form of the page at {@code path} with its CSRF token: the page it ended on, redirects followed. */
	public String submit(String path, String form) {
		return submit(path, path, form);
	}

	/** Submits a form shown on {@code page} to {@code action}: the page it ended on, redirects followed. */
	public String submit(String page, String action, String form) {
		return post(action, form, csrf(page));
	}

	/** Sends a public form, which carries no CSRF token (the contact form): the answer, redirects followed. */
	public HttpResponse<String> postPublic(String path, String form) {
		return get(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** A new personal API token, as the tokens page shows it once. */
	public String createApiToken(String name) {
		Matcher token = NEW_TOKEN.matcher(post("/tokens", "name=" + encode(name), csrf("/tokens")));
		if (!token.find()) {
			throw new IllegalStateException("the tokens page showed no new token");
		}
		return token.group(1);
	}

	private String csrf(String path) {
		Matcher matcher = CSRF.matcher(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
		if (!matcher.find()) {
			throw new IllegalStateException(path + " has no CSRF token");
		}
		return matcher.group(1);
	}

	private String post(String path, String form, String csrf) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf))));
	}

	private String send(HttpRequest.Builder request) {
		return get(request).body();
	}

	private HttpResponse<String> get(HttpRequest.Builder request) {
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		try {
			// what a browser asks for: errors then come as pages, not as JSON
			return http.send(request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
