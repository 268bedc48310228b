package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Which language Fidèle speaks: the sign-in page the browser's (French unless it names English), the pages after
 * sign-in the user's own until they switch, the API its client's (English unless it asks for French).
 */
@FideleTest
class LanguageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void theSignInPageFollowsTheBrowser() throws Exception {
		assertThat(signInPage("en-US,en;q=0.9")).contains("User name").doesNotContain("Identifiant");
		assertThat(signInPage("fr-CA")).contains("Identifiant");
		assertThat(signInPage("de-DE,de;q=0.9")).as("neither French nor English: French").contains("Identifiant");
		assertThat(signInPage(null)).contains("Identifiant");
	}

	@Test
	void anEnglishSpeakingAdvisorGetsEnglishPagesUntilTheySwitch() {
		PageSession emma = PageSession.signIn(port, people.create(Role.ADVISOR, "en").username(), TestPeople.PASSWORD);

		assertThat(emma.get("/customers").body()).contains(">Customers<").doesNotContain(">Clients<");
		assertThat(emma.get("/customers?lang=fr").body()).contains(">Clients<");
		assertThat(emma.get("/customers").body()).as("the switch holds for the session").contains(">Clients<");
	}

	@Test
	void theApiAnswersInItsClientsLanguageEnglishByDefault() {
		ApiClient api = new ApiClient(port, people.create(Role.ADVISOR).token());
		String tooLong = """
				{"reference":"LANG-1","name":"Yves Roux","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15",
				 "notes":"%s"}""".formatted("x".repeat(10_001));

		JsonNode english = api.post("/api/customers", tooLong).json();
		JsonNode french = api.header("Accept-Language", "fr-FR").post("/api/customers", tooLong).json();

		assertThat(english.at("/errors/0/field").asString()).isEqualTo("notes");
		assertThat(english.at("/errors/0/message").asString()).contains("size must be between 0 and 10000");
		assertThat(french.at("/errors/0/message").asString()).contains("la taille doit être comprise entre 0 et 10000");
	}

	private String signInPage(String acceptLanguage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}
}
