package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.platform.web.ChangeReason;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An administrator creates accounts and teams, changes roles, disables, sets a new password; each change is in the
 * account's history with its reason, and what the account may do follows at once.
 */
@FideleTest
class UserAdministrationTests {

	private static final String PASSWORD = "une longue phrase de passe";

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	ApiClient admin;
	String username;

	@BeforeEach
	void anAdministrator() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anAccountIsCreatedWithATeamAndSignsIn() {
		String team = "Équipe " + username;
		assertThat(admin.post("/api/teams", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);

		ApiClient.Response created = admin.post("/api/users", """
				{"username":"%s","displayName":"Inès Garnier","roles":["ADVISOR"],"team":"%s","language":"en","password":"%s"}"""
			.formatted(username, team, PASSWORD));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("team").asString()).isEqualTo(team);
		assertThat(created.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("hash");
		assertThat(admin.get("/api/users").body()).contains(username);
		PageSession.signIn(port, username, PASSWORD);
	}

	@Test
	void badAccountsAreRefusedNamingTheField() {
		assertThat(field(admin.post("/api/users", account("Bad Name!", PASSWORD)))).isEqualTo("username");
		assertThat(field(admin.post("/api/users", account(username, "court")))).isEqualTo("password");
		assertThat(field(admin.post("/api/users", account(username, "1qaz2wsx3edc")))).isEqualTo("password");
		assertThat(admin.post("/api/users", account(username, PASSWORD)).status()).isEqualTo(201);
		assertThat(field(admin.post("/api/users", account(username, PASSWORD)))).isEqualTo("username");
		assertThat(field(admin.post("/api/users", """
				{"username":"%s-2","displayName":"X","roles":["ADVISOR"],"team":"nulle part","password":"%s"}"""
			.formatted(username, PASSWORD)))).isEqualTo("team");
	}

	@Test
	void aChangeIsInTheHistoryWithItsReasonAndTakesEffect() {
		admin.post("/api/users", account(username, PASSWORD));

		JsonNode changed = admin.header(ChangeReason.HEADER, "left the company").patch("/api/users/" + username, """
				{"roles":["ADVISOR","SUPERVISOR"],"enabled":false}""").json();

		assertThat(changed.get("enabled").asBoolean()).isFalse();
		JsonNode history = admin.get("/api/users/" + username + "/history").json();
		assertThat(history.get(0).get("action").asString()).isEqualTo("changed");
		assertThat(history.get(0).get("reason").asString()).isEqualTo("left the company");
		assertThat(history.get(0).get("details").asString()).contains("enabled", "SUPERVISOR");
		assertThatThrownBy(() -> PageSession.signIn(port, username, PASSWORD)).hasMessageContaining("could not sign in");
	}

	@Test
	void anAdministratorSetsANewPassword() {
		admin.post("/api/users", account(username, PASSWORD));

		assertThat(admin.post("/api/users/" + username + "/password", "{\"password\":\"une toute nouvelle phrase\"}").status())
			.isEqualTo(204);

		PageSession.signIn(port, username, "une toute nouvelle phrase");
		assertThat(admin.get("/api/users/" + username + "/history").json().get(0).get("action").asString()).isEqualTo("password reset");
	}

	@Test
	void thePagesCreateAndChangeAnAccountAndSayWhyNot() {
		TestPeople.Person officer = people.create(Role.ADMIN, "fr");
		PageSession session = PageSession.signIn(port, officer.username(), TestPeople.PASSWORD);

		String refused = session.submit("/admin/users", "username=" + username + "&displayName=Léa+Roux&roles=ADVISOR&language=fr"
				+ "&password=court&reason=embauche");
		assertThat(refused).contains("au moins 12 caractères");
		String created = session.submit("/admin/users", "username=" + username + "&displayName=L%C3%A9a+Roux&roles=ADVISOR&language=fr"
				+ "&password=une+phrase+assez+longue&reason=embauche");
		assertThat(created).contains("C’est fait.", username, "Léa Roux");

		String changed = session.submit("/admin/users/" + username, "/admin/users/" + username,
				"displayName=L%C3%A9a+Roux&roles=SUPERVISOR&language=en&enabled=true&team=&reason=promotion");
		assertThat(changed).contains("C’est fait.", "promotion");
		JsonNode account = null;
		for (JsonNode each : admin.get("/api/users").json()) {
			account = username.equals(each.get("username").asString()) ? each : account;
		}
		assertThat(account).isNotNull();
		assertThat(account.get("displayName").asString()).isEqualTo("Léa Roux");
		assertThat(account.get("roles").toString()).isEqualTo("[\"SUPERVISOR\"]");
		assertThat(account.get("language").asString()).isEqualTo("en");
	}

	@Test
	void anAddressIsCheckedAndBelongsToOneAccount() {
		String address = username + "@Example.fr";
		assertThat(field(admin.post("/api/users", """
				{"username":"%s","displayName":"X","roles":["ADVISOR"],"email":"Paul <%s>"}""".formatted(username, address))))
			.isEqualTo("email");
		assertThat(field(admin.post("/api/users", """
				{"username":"%s","displayName":"X","roles":["ADVISOR"],"email":"pas une adresse"}""".formatted(username))))
			.isEqualTo("email");
		ApiClient.Response created = admin.post("/api/users", """
				{"username":"%s","displayName":"X","roles":["ADVISOR"],"email":" %s "}""".formatted(username, address));
		assertThat(created.json().get("email").asString()).isEqualTo(address);

		admin.post("/api/users", account(username + "-2", PASSWORD));
		assertThat(field(admin.patch("/api/users/" + username + "-2", "{\"email\":\"" + address.toUpperCase() + "\"}")))
			.isEqualTo("email");
		assertThat(admin.patch("/api/users/" + username, "{\"email\":\"\"}").json().get("email").isNull()).isTrue();
		assertThat(admin.get("/api/users/" + username + "/history").json().get(0).get("details").toString()).contains(address);
	}

	private static String account(String name, String password) {
		return """
				{"username":"%s","displayName":"Paul Roche","roles":["ADVISOR"],"language":"fr","password":"%s"}""".formatted(name, password);
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		return response.json().at("/errors/0/field").asString();
	}
}
