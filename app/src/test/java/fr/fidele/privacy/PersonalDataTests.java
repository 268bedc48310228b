package fr.fidele.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.platform.web.ChangeReason;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A customer's personal data, as a data-protection officer handles a request: exported whole; erased from every
 * table Fidèle has (the whole database is searched for what identified them afterwards), while the facts the loyalty
 * figures are computed from stay the same; and who opened the file is on record.
 */
@FideleTest
class PersonalDataTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	ApiClient advisor;
	String advisorName;
	ApiClient admin;
	String tag;
	String name;
	String email;
	String phone;
	long customerId;

	@BeforeEach
	void aCustomerWithAHistory() {
		TestPeople.Person person = people.create(Role.ADVISOR);
		advisor = new ApiClient(port, person.token());
		advisorName = person.username();
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		tag = UUID.randomUUID().toString().substring(0, 8);
		name = "Zéphyrine Quatremaine " + tag;
		email = "zq-" + tag + "@exemple.fr";
		phone = "+3361" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
		customerId = advisor.header("Idempotency-Key", "create-" + tag).post("/api/customers", """
				{"reference":"PRIV-%s","name":"%s","segment":"PREMIUM","expertise":"EXPERT","customerSince":"2023-02-01",
				 "monthlyValue":95,"notes":"préfère être appelée le soir, note-%s","consent":{"email":true,"sms":false,"phone":false},
				 "identities":[{"kind":"EMAIL","value":"%s"},{"kind":"PHONE","value":"%s"}]}"""
			.formatted(tag, name, tag, email, phone)).json().get("id").asLong();
		assertThat(advisor.header(ChangeReason.HEADER, "mariage de Quatremaine " + tag).patch("/api/customers/" + customerId, """
				{"name":"%s (née Durand)","consent":{"email":false,"sms":false,"phone":true}}""".formatted(name)).status()).isEqualTo(200);
		for (String day : List.of("2026-01-05", "2026-02-10")) {
			assertThat(advisor.post("/api/contacts", """
					{"customerId":%d,"channel":"PHONE","reasonCode":"BILLING","queue":"phone-fr","arrivedAt":"%sT09:00:00Z",
					 "answeredAt":"%sT09:01:00Z","endedAt":"%sT09:09:00Z","endedBy":"CUSTOMER","identityVerified":true,"resolved":false,
					 "wrapUpNotes":"Mme %s conteste sa facture",
					 "legs":[{"advisor":"%s","startedAt":"%sT09:01:00Z","endedAt":"%sT09:04:00Z","transferNote":"voir avec %s"},
					         {"advisor":"%s","startedAt":"%sT09:04:00Z","endedAt":"%sT09:09:00Z"}]}"""
				.formatted(customerId, day, day, day, name, advisorName, day, day, email, advisorName, day, day)).status()).isEqualTo(201);
		}
		SwitchClient switchboard = new SwitchClient(port, FideleTest.CTI_SECRET);
		switchboard.offered("priv-" + tag, "GENERAL", phone, Instant.now());
		switchboard.callbackRequested("priv-" + tag, phone, Instant.now());
	}

	@Test
	void theExportHoldsEverythingAndWhoReadIt() {
		advisor.get("/api/customers/" + customerId);

		ApiClient.Response export = admin.get("/api/customers/" + customerId + "/personal-data");

		assertThat(export.status()).isEqualTo(200);
		JsonNode data = export.json();
		assertThat(data.at("/customer/name").asString()).isEqualTo(name + " (née Durand)");
		assertThat(data.at("/customer/identities").toString()).contains(email, phone);
		assertThat(data.at("/customer/notes").asString()).contains("note-" + tag);
		assertThat(data.at("/outcomes/0/type").asString()).isEqualTo("SUBSCRIBED");
		assertThat(data.get("consentChanges").toString()).as("granted at registration, then changed with the marriage")
			.contains("{\"channel\":\"EMAIL\",\"granted\":true", "{\"channel\":\"EMAIL\",\"granted\":false",
					"{\"channel\":\"PHONE\",\"granted\":true", "mariage de Quatremaine " + tag);
		assertThat(data.get("contacts").toString()).contains("conteste sa facture", "voir avec " + email);
		assertThat(data.get("cases").size()).isGreaterThanOrEqualTo(1);
		assertThat(data.get("history").toString()).contains("mariage de Quatremaine " + tag);
		assertThat(data.get("reads").toString()).contains(advisorName, "GET /api/customers/" + customerId);
	}

	@Test
	void anErasureLeavesNothingThatIdentifiesTheCustomerAndKeepsTheFacts() {
		Map<String, List<Map<String, Object>>> factsBefore = facts();

		ApiClient.Response erased = admin.post("/api/customers/" + customerId + "/erasure", """
				{"reason":"demande écrite du client"}""");

		assertThat(erased.status()).isEqualTo(200);
		assertThat(erased.json().get("contacts").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(wherever(name)).isEmpty();
		assertThat(wherever("Quatremaine " + tag)).isEmpty();
		assertThat(wherever(email)).isEmpty();
		assertThat(wherever(phone.substring(1))).as("the phone number, in any form").isEmpty();
		assertThat(wherever("note-" + tag)).isEmpty();
		assertThat(wherever("PRIV-" + tag)).as("the reference").isEmpty();
		assertThat(facts()).as("what the loyalty figures are computed from").isEqualTo(factsBefore);
		assertThat(advisor.get("/api/customers?q=" + tag).body()).doesNotContain(String.valueOf(customerId));
		assertThat(admin.post("/api/customers/" + customerId + "/erasure", """
				{"reason":"again"}""").status()).isEqualTo(409);
	}

	@Test
	void anErasureNeedsAReason() {
		ApiClient.Response refused = admin.header("Accept-Language", "fr").post("/api/customers/" + customerId + "/erasure", "{}");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("reason");
		assertThat(admin.get("/api/customers/" + customerId).json().get("name").asString()).startsWith(name);
	}

	@Test
	void theReadAuditSaysWhoOpenedTheFile() {
		advisor.get("/api/customers/" + customerId + "/contacts");

		JsonNode reads = admin.get("/api/privacy/reads?customerId=" + customerId).json();

		assertThat(reads.size()).isGreaterThanOrEqualTo(1);
		assertThat(reads.get(0).get("actor").asString()).isEqualTo(advisorName);
		assertThat(reads.get(0).get("via").asString()).isEqualTo("GET /api/customers/" + customerId + "/contacts");
		assertThat(admin.get("/api/privacy/reads?actor=" + advisorName).json().size()).isEqualTo(reads.size());
	}

	@Test
	void anAdministratorSeesTheDataOnAPageAndErasesFromIt() {
		TestPeople.Person officer = people.create(Role.ADMIN, "fr");
		PageSession session = PageSession.signIn(port, officer.username(), TestPeople.PASSWORD);

		String page = session.get("/customers/" + customerId + "/personal-data").body();
		assertThat(page).contains(name, email, "conteste sa facture", "Télécharger (JSON)");
		assertThat(session.get("/customers/" + customerId + "/personal-data.json").body()).contains(email);

		String after = session.submit("/customers/" + customerId + "/personal-data", "/customers/" + customerId + "/erasure",
				"reason=demande+du+client");
		assertThat(after).contains("Données personnelles effacées").doesNotContain(email);
	}

	/** Every text, JSON and binary column of every table that contains {@code value}, as table.column. */
	private List<String> wherever(String value) {
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json', 'bytea')
				  and table_name in (select table_name from information_schema.tables where table_schema = current_schema()
				                     and table_type = 'BASE TABLE')""")
			.query().listOfRows();
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String expression = "bytea".equals(column.get("data_type")) ? "position(convert_to(:value, 'UTF8') in \"%s\") > 0"
					: "strpos(\"%s\"::text, :value) > 0";
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			long hits = jdbc.sql("select count(*) from \"" + table + "\" where " + expression.formatted(name)).param("value", value)
				.query(Long.class).single();
			if (hits > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

	private Map<String, List<Map<String, Object>>> facts() {
		return Map.of("contacts", rows("select * from contact_facts where customer_id = ? order by id"),
				"legs", rows("select l.* from contact_leg_facts l join contact_facts c on c.id = l.contact_id where c.customer_id = ? order by 1, 2"),
				"cases", rows("select id, customer_id, reason_code, status, opened_at, resolved_at, closed_at from case_facts where customer_id = ? order by id"),
				"customer", rows("select segment, expertise, monthly_value, customer_since, churned_on from customer_facts where id = ?"));
	}

	private List<Map<String, Object>> rows(String sql) {
		return jdbc.sql(sql).param(customerId).query().listOfRows();
	}
}
