package fr.fidele.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The public help centre, without signing in: public articles only, each language a page a search engine can index
 * (title, description, canonical address, the other language as an alternate, the sitemap), in the company's colour;
 * what authors typed shown as text, Markdown's own markup only; "was this useful?" counted and limited per address;
 * no session is opened.
 */
@FideleTest
class HelpCentreTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void publicArticlesArePagesASearchEngineCanIndexAndWhatAuthorsTypedStaysText() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String word = KnowledgeTests.marker();
		String category = KnowledgeTests.category(admin);
		String open = KnowledgeTests.article(author, word + "-facture", category, "PUBLIC", "Lire sa facture <script>alert(1)</script>",
				"Votre **facture** détaille <img src=x onerror=alert(1)> chaque ligne. [Voir](javascript:alert(2))", "Reading your bill",
				"Your bill lists every line.");
		String closed = KnowledgeTests.article(author, word + "-interne", category, "INTERNAL", "Note interne facture", "Réservé aux conseillers.",
				null, null);
		assertThat(admin.put("/api/knowledge/help-centre", "{\"name\":\"Énergie <Verte>\",\"colour\":\"#FFD43B\"}").status()).isEqualTo(200);

		HttpResponse<String> page = get("/help/fr/articles/" + open);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("<html lang=\"fr\"").contains("<title>Lire sa facture &lt;script&gt;alert(1)&lt;/script&gt; · Énergie &lt;Verte&gt;</title>")
			.contains("<meta name=\"description\" content=\"Votre facture détaille")
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/help/fr/articles/" + open + "\">")
			.contains("hreflang=\"en\" href=\"http://localhost:" + port + "/help/en/articles/" + open + "\"")
			.contains("<strong>facture</strong>").contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert").doesNotContain("javascript:").doesNotContain("<img src=x");
		// the company's colour, and black words on it since yellow is light
		assertThat(html).contains("background: #ffd43b; color: #000000");
		assertThat(page.headers().firstValue("Set-Cookie")).as("no session for a reader").isEmpty();
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
		assertThat(get("/help/en/articles/" + open).body()).contains("<html lang=\"en\"").contains("<title>Reading your bill");

		assertThat(get("/help/fr/articles/" + closed).statusCode()).as("an internal article").isEqualTo(404);
		assertThat(get("/help/fr/articles/" + word + "-nowhere").statusCode()).isEqualTo(404);
		assertThat(get("/help/de/articles/" + open).statusCode()).as("no third language").isEqualTo(404);
		String sitemap = get("/help/sitemap.xml").body();
		assertThat(sitemap).contains("/help/fr/articles/" + open + "</loc>").contains("/help/en/articles/" + open + "</loc>").doesNotContain(closed);
		String home = get("/help/fr").body();
		assertThat(home).contains("/help/fr/articles/" + open).doesNotContain(closed);
		String results = get("/help/fr/search?q=facture").body();
		assertThat(results).contains("/help/fr/articles/" + open).doesNotContain(closed).contains("<meta name=\"robots\" content=\"noindex\">");
		assertThat(get("/help").headers().firstValue("Location").orElseThrow()).endsWith("/help/fr");
	}

	@Test
	void wasThisUsefulIsCountedAndLimitedPerAddress() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String slug = KnowledgeTests.article(author, KnowledgeTests.marker() + "-utile", KnowledgeTests.category(admin), "PUBLIC", "Utile ?",
				"Un texte.", null, null);
		HttpResponse<String> answered = post("/help/fr/articles/" + slug + "/feedback", "useful=true");
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("/help/fr/articles/" + slug + "?thanks=true");
		assertThat(get("/help/fr/articles/" + slug + "?thanks=true").body()).contains("Merci pour votre réponse.");
		int refusedAt = 0;
		for (int answer = 2; answer <= HelpCentre.ANSWERS_PER_HOUR + 1 && refusedAt == 0; answer++) {
			HttpResponse<String> next = post("/help/fr/articles/" + slug + "/feedback", "useful=false");
			if (next.statusCode() == 429) {
				refusedAt = answer;
				assertThat(next.headers().firstValue("Retry-After")).isPresent();
			}
		}
		assertThat(refusedAt).as("the answer past the hour's limit is refused").isEqualTo(HelpCentre.ANSWERS_PER_HOUR + 1);
		assertThat(jdbc.sql("""
				select count(*) filter (where useful), count(*) from article_feedback f join article a on a.id = f.article_id
				where a.slug = ? and f.reader = 'CUSTOMER'""").param(slug).query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).single())
			.isEqualTo("1/" + HelpCentre.ANSWERS_PER_HOUR);
	}

	/** A link as the company's site signs it, written here from the documented format, not with Fidèle's code. */
	private static String link(String reference, Instant expires, String secret) throws Exception {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String payload = base64.encodeToString(reference.getBytes(StandardCharsets.UTF_8)) + "." + expires.getEpochSecond();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return payload + "." + base64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aCustomerSignedInByTheCompanysSiteWhoReadsArticlesHasOneSelfServiceContactInTheCaseFile() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String word = KnowledgeTests.marker();
		String category = KnowledgeTests.category(admin);
		String first = KnowledgeTests.article(author, word + "-un", category, "PUBLIC", "Premier", "Un.", null, null);
		String second = KnowledgeTests.article(author, word + "-deux", category, "PUBLIC", "Second", "Deux.", "Second", "Two.");
		String reference = "SELF-" + word;
		ApiClient.Response created = admin.post("/api/customers", """
				{"reference":"%s","name":"Léa Roux","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-02-01"}""".formatted(reference));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long customer = created.json().get("id").asLong();
		Instant soon = Instant.now().plusSeconds(300);
		String secret = FideleTest.HELP_CENTRE_SECRET;

		String token = link(reference, soon, secret);
		for (String refused : List.of(token.substring(0, token.length() - 2) + "xx", link(reference, Instant.now().minusSeconds(5), secret),
				link(reference, Instant.now().plusSeconds(86_400), secret), link("NOBODY-" + word, soon, secret),
				link(reference, soon, "another-secret-of-32-characters-at-least"))) {
			HttpResponse<String> page = get("/help/sign-in?token=" + refused);
			assertThat(page.statusCode()).as(refused).isEqualTo(403);
			assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		}
		assertThat(get("/help/sign-in?token=" + token + "&next=//elsewhere.example/help").headers().firstValue("Location").orElseThrow())
			.as("no open redirect").endsWith("/help");
		HttpResponse<String> signedIn = get("/help/sign-in?token=" + token + "&next=/help/fr/articles/" + first);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/help/fr/articles/" + first);
		String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("fidele-help=").contains("HttpOnly").contains("Path=/help").contains("SameSite=Lax");
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));

		assertThat(admin.get("/api/customers/" + customer + "/contacts").json()).as("reading anonymously is nobody's").isEmpty();
		get("/help/fr/articles/" + first);
		assertThat(admin.get("/api/customers/" + customer + "/contacts").json()).isEmpty();
		assertThat(get("/help/fr/articles/" + first, cookie).statusCode()).isEqualTo(200);
		assertThat(get("/help/en/articles/" + second, cookie).statusCode()).isEqualTo(200);
		assertThat(get("/help/fr/articles/" + first, cookie + "x").statusCode()).as("a tampered cookie reads anonymously").isEqualTo(200);

		JsonNode contacts = admin.get("/api/customers/" + customer + "/contacts").json();
		assertThat(contacts).as("one self-service contact a day").hasSize(1);
		assertThat(contacts.get(0).get("channel").asString()).isEqualTo("SELF_SERVICE");
		assertThat(contacts.get(0).get("caseId").isNull()).as("no case opened, no first-contact resolution changed").isTrue();
		JsonNode read = admin.get("/api/knowledge/self-service?contact=" + contacts.get(0).get("id").asLong()).json();
		assertThat(read).hasSize(2);
		assertThat(read.get(0).get("slug").asString()).isEqualTo(first);
		assertThat(read.get(1).get("slug").asString()).isEqualTo(second);
		assertThat(read.get(1).get("language").asString()).isEqualTo("en");
	}
}
