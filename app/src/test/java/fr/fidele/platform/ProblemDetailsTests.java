package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A request the API cannot read is answered with the field and the rule it breaks, in the client's language
 * (English unless it asks for French), and never with a Java class, a stack or SQL.
 */
@FideleTest
class ProblemDetailsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	ApiClient api;

	@BeforeEach
	void anAdvisor() {
		api = new ApiClient(port, people.create(Role.ADVISOR).token());
	}

	@Test
	void aValueOfTheWrongFormNamesTheFieldAndTheRule() {
		ApiClient.Response wrongDate = api.post("/api/customers", customer("\"customerSince\":\"2024-13-45\""));

		assertThat(wrongDate.status()).isEqualTo(400);
		assertThat(wrongDate.json().at("/errors/0/field").asString()).isEqualTo("customerSince");
		assertThat(wrongDate.json().at("/errors/0/message").asString()).isEqualTo("must be a date like 2026-01-31");
		assertNoInternals(wrongDate.body());

		JsonNode wrongSegment = api.post("/api/customers", customer("\"segment\":\"GOLD\"")).json();
		assertThat(wrongSegment.at("/errors/0/field").asString()).isEqualTo("segment");
		assertThat(wrongSegment.at("/errors/0/message").asString()).isEqualTo("must be one of RESIDENTIAL, PROFESSIONAL, PREMIUM");
	}

	@Test
	void theAnswerSpeaksTheClientsLanguage() {
		ApiClient.Response french = api.header("Accept-Language", "fr").post("/api/customers", customer("\"customerSince\":\"hier\""));

		assertThat(french.json().get("detail").asString()).isEqualTo("Le corps de la requête ne peut pas être lu");
		assertThat(french.json().at("/errors/0/message").asString()).isEqualTo("doit être une date comme 2026-01-31");
		assertNoInternals(french.body());
	}

	@Test
	void aBrokenBusinessRuleIsSaidInTheClientsLanguage() {
		String future = customer("\"customerSince\":\"2999-01-01\"");

		ApiClient.Response french = api.header("Accept-Language", "fr").post("/api/customers", future);
		assertThat(french.status()).isEqualTo(422);
		assertThat(french.json().get("detail").asString()).isEqualTo("customerSince : ne peut pas être dans le futur");
		assertThat(french.json().at("/errors/0/field").asString()).isEqualTo("customerSince");
		assertThat(french.json().at("/errors/0/message").asString()).isEqualTo("ne peut pas être dans le futur");

		ApiClient.Response english = api.header("Accept-Language", "en").post("/api/customers", future);
		assertThat(english.json().get("detail").asString()).isEqualTo("customerSince: cannot be in the future");
		assertThat(english.json().at("/errors/0/message").asString()).isEqualTo("cannot be in the future");
	}

	@Test
	void aBodyThatIsNotJsonSaysSo() {
		ApiClient.Response broken = api.post("/api/customers", "{\"reference\": ");

		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().at("/errors/0/message").asString()).isEqualTo("the body is not valid JSON");
		assertNoInternals(broken.body());
	}

	@Test
	void aPathParameterOfTheWrongFormNamesTheRule() {
		ApiClient.Response wrongId = api.get("/api/customers/twelve");

		assertThat(wrongId.status()).isEqualTo(400);
		assertThat(wrongId.json().at("/errors/0/message").asString()).isEqualTo("must be a whole number");
	}

	private static String customer(String override) {
		String field = override.substring(1, override.indexOf('"', 1));
		String body = """
				{"reference":"PD-1","name":"Rose Lemaire","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}""";
		return body.replaceFirst("\"" + field + "\":\"[^\"]*\"", override.replace("$", "\\$"));
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("java.", "fr.fidele", "LocalDate", "Exception", "tools.jackson", "at [Source");
	}
}
