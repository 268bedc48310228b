package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The service measures on a small case file whose figures are worked out by hand, and their drill-downs. Every
 * contact is in a queue of its own ({@code tag}), so the measures see nothing else of the shared database.
 *
 * <pre>
 * request              contact  arrives (2025)    resolved  wait   handle  next contact of the request
 * case X (customer A)  a1       03-03 09:00       no        10 s   300 s   a2, 20 h later
 *                      a2       03-04 05:00       yes       30 s   120 s   a3, 6 days later
 *                      a3       03-10 05:00       yes        5 s    60 s   -
 * case Y (customer A)  y1       03-05 09:00       yes        0 s   600 s   -            (answered without queueing)
 * B + BILLING, no case b1       03-03 10:00       yes       25 s   180 s   b2, exactly 30 days later
 *                      b2       04-02 10:00       yes       15 s   240 s   -
 * B + INFORMATION      b3       03-04 10:00       -          3 s   abandoned (a short abandon), b4 1 h later
 *                      b4       03-04 11:00       -         60 s   abandoned
 * </pre>
 */
@FideleTest
class ServiceMeasuresTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MockMvc mvc;

	ApiClient advisor;
	ApiClient admin;
	ApiClient supervisor;
	String tag;
	final Map<String, Long> ids = new HashMap<>();

	@BeforeEach
	void aSmallCaseFile() {
		advisor = new ApiClient(port, people.create(Role.ADVISOR).token());
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		tag = "Q" + UUID.randomUUID().toString().substring(0, 8);
		long customerA = customer("A" + tag);
		long customerB = customer("B" + tag);
		long caseX = openCase(customerA, "BILLING");
		long caseY = openCase(customerA, "TECHNICAL_HELP");
		ids.put("a1", call(customerA, caseX, "BILLING", "2025-03-03T09:00:00Z", 10, 300, false));
		ids.put("a2", call(customerA, caseX, "BILLING", "2025-03-04T05:00:00Z", 30, 120, true));
		ids.put("a3", call(customerA, caseX, "BILLING", "2025-03-10T05:00:00Z", 5, 60, true));
		ids.put("y1", call(customerA, caseY, "TECHNICAL_HELP", "2025-03-05T09:00:00Z", 0, 600, true));
		importCaselessContacts("B" + tag);
		advisor.get("/api/customers/" + customerB + "/contacts").json()
			.forEach(c -> ids.put(c.get("externalRef").asString().substring(tag.length() + 1), c.get("id").asLong()));
	}

	@Test
	void firstContactResolutionAndRepeatRatesAreTheHandWorkedOnes() {
		JsonNode report = measures("");
		assertThat(report.get("contacts").asLong()).isEqualTo(8);
		// requests X (a1 unresolved), Y (resolved, alone), B+BILLING (b1 resolved, next 30 days later), B+INFORMATION
		// (b3 not resolved): 2 of 4 resolved at the first contact within 7 days
		assertProportion(report, "firstContactResolution", 2, 4);
		assertProportion(report, "repeatWithin24Hours", 2, 8); // a1 (20 h), b3 (1 h)
		assertProportion(report, "repeatWithin7Days", 3, 8); // + a2 (6 days)
		assertProportion(report, "repeatWithin30Days", 4, 8); // + b1 (exactly 30 days: the window is included)
		assertThat(contacts("FIRST_CONTACT_RESOLUTION", "")).containsExactlyInAnyOrder(ids.get("a1"), ids.get("b3"));
		assertThat(contacts("REPEAT_24_HOURS", "")).containsExactlyInAnyOrder(ids.get("a1"), ids.get("b3"));
		assertThat(contacts("REPEAT_7_DAYS", "")).containsExactlyInAnyOrder(ids.get("a1"), ids.get("a2"), ids.get("b3"));
		assertThat(contacts("REPEAT_30_DAYS", "")).containsExactlyInAnyOrder(ids.get("a1"), ids.get("a2"), ids.get("b1"),
				ids.get("b3"));

		// over 30 days, b2 (exactly 30 days after b1) makes b1 a repeated request: 1 of 4
		assertProportion(measures("&resolutionDays=30"), "firstContactResolution", 1, 4);
		assertThat(contacts("FIRST_CONTACT_RESOLUTION", "&resolutionDays=30")).containsExactlyInAnyOrder(ids.get("a1"),
				ids.get("b1"), ids.get("b3"));
	}

	@Test
	void queueMeasuresAreTheHandWorkedOnes() {
		JsonNode report = measures("");
		assertThat(report.get("offered").asLong()).isEqualTo(8);
		assertThat(report.get("answered").asLong()).isEqualTo(6);
		// b3 waited 3 s < 5 s: a short abandon, out of both counts
		assertProportion(report, "abandonment", 1, 7);
		// within 20 s: a1 (10), a3 (5), y1 (0), b2 (15), over the 6 answered + b4
		assertProportion(report, "serviceLevel", 4, 7);
		assertThat(report.get("averageSpeedOfAnswer").asDouble()).isCloseTo((10 + 30 + 5 + 0 + 25 + 15) / 6.0,
				within(1e-9));
		assertThat(report.get("averageHandleTime").asDouble()).isCloseTo((300 + 120 + 60 + 600 + 180 + 240) / 6.0,
				within(1e-9));
		assertThat(contacts("ABANDONMENT", "")).containsExactly(ids.get("b4"));
		assertThat(contacts("SERVICE_LEVEL", "")).containsExactlyInAnyOrder(ids.get("a2"), ids.get("b1"), ids.get("b4"));
		assertThat(contacts("SPEED_OF_ANSWER", "")).containsExactly(ids.get("a2"), ids.get("b1"), ids.get("b2"),
				ids.get("a1"), ids.get("a3"), ids.get("y1"));

		JsonNode everyAbandon = measures("&shortAbandonSeconds=0&abandonedCalls=COUNTED_AS_MISSED");
		assertProportion(everyAbandon, "abandonment", 2, 8);
		assertProportion(everyAbandon, "serviceLevel", 4, 8);
		assertProportion(measures("&abandonedCalls=EXCLUDED"), "serviceLevel", 4, 6);
		assertThat(contacts("SERVICE_LEVEL", "&abandonedCalls=COUNTED_AS_MISSED")).containsExactlyInAnyOrder(ids.get("a2"),
				ids.get("b1"), ids.get("b3"), ids.get("b4"));
	}

	@Test
	void theFilterNarrowsTheContacts() {
		assertThat(measures("&channel=CHAT").get("contacts").asLong()).isZero();
		assertThat(measures("&reason=BILLING").get("contacts").asLong()).isEqualTo(5);
		assertThat(measures("&teamId=999999").get("contacts").asLong()).isZero();
		JsonNode march = measures("&to=2025-03-31");
		assertThat(march.get("contacts").asLong()).isEqualTo(7);
		// without b2 in the period, b1 is no longer repeated within 30 days
		assertProportion(march, "repeatWithin30Days", 3, 7);
		assertThat(measures("&from=2025-03-05&to=2025-03-05").get("contacts").asLong()).isEqualTo(1);
	}

	@Test
	void thePageLinksEachFigureToTheContactsBehindIt() throws Exception {
		String page = mvc.perform(get("/loyalty/measures").param("queue", tag).param("lang", "en")
			.with(user("someone").roles("SUPERVISOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/loyalty/measures/ABANDONMENT/contacts?queue=" + tag)
			.contains("/loyalty/measures/REPEAT_30_DAYS/contacts?queue=" + tag).contains("14.3%")
			.contains("no survey answer is recorded yet");
		String list = mvc.perform(get("/loyalty/measures/ABANDONMENT/contacts").param("queue", tag).param("lang", "en")
			.with(user("someone").roles("SUPERVISOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Client B" + tag).contains("1 contacts");
	}

	@Test
	void badFilterParametersAreRefusedNamingTheField() {
		assertRefused("/api/loyalty/measures?targetSeconds=soon", "targetSeconds");
		assertRefused("/api/loyalty/measures?from=2025-13-01", "from");
		assertRefused("/api/loyalty/measures?from=2025-03-10&to=2025-03-01", "to");
		assertRefused("/api/loyalty/measures?channel=PIGEON", "channel");
		assertRefused("/api/loyalty/measures?abandonedCalls=SOMETIMES", "abandonedCalls");
		assertRefused("/api/loyalty/measures?resolutionDays=0", "resolutionDays");
		assertRefused("/api/loyalty/measures/ABANDONMENT/contacts?page=-1", "page");
		ApiClient.Response unknown = supervisor.get("/api/loyalty/measures/HAPPINESS/contacts");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("measure");
	}

	private void assertRefused(String path, String field) {
		ApiClient.Response response = supervisor.get(path);
		assertThat(response.status()).as(response.body()).isIn(400, 422);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
	}

	private static void assertProportion(JsonNode report, String measure, long numerator, long denominator) {
		assertThat(report.at("/" + measure + "/numerator").asLong()).as(measure + " numerator").isEqualTo(numerator);
		assertThat(report.at("/" + measure + "/denominator").asLong()).as(measure + " denominator").isEqualTo(denominator);
	}

	private JsonNode measures(String more) {
		ApiClient.Response response = supervisor.get("/api/loyalty/measures?queue=" + tag + more);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** Every contact behind the measure, in the order of the list, over all its pages. */
	private List<Long> contacts(String measure, String more) {
		List<Long> found = new ArrayList<>();
		JsonNode page = supervisor.get("/api/loyalty/measures/" + measure + "/contacts?queue=" + tag + more).json();
		page.get("contacts").forEach(c -> found.add(c.get("id").asLong()));
		assertThat(page.get("total").asLong()).isEqualTo(found.size());
		return found;
	}

	private long customer(String reference) {
		return advisor.post("/api/customers", """
				{"reference":"%s","name":"Client %s","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
			.formatted(reference, reference)).json().get("id").asLong();
	}

	private long openCase(long customerId, String reason) {
		return advisor.post("/api/cases", """
				{"customerId":%d,"reasonCode":"%s","subject":"%s"}""".formatted(customerId, reason, reason))
			.json().get("id").asLong();
	}

	/** A phone call answered after {@code wait} seconds in queue (never queued when 0), handled for {@code handle}. */
	private long call(long customerId, long caseId, String reason, String arrived, int wait, int handle, boolean resolved) {
		Instant arrivedAt = Instant.parse(arrived);
		Instant answeredAt = arrivedAt.plusSeconds(wait);
		String queued = wait == 0 ? "null" : "\"" + arrivedAt + "\"";
		ApiClient.Response recorded = advisor.post("/api/contacts", """
				{"customerId":%d,"caseId":%d,"channel":"PHONE","reasonCode":"%s","queue":"%s","arrivedAt":"%s",
				 "queuedAt":%s,"answeredAt":"%s","endedAt":"%s","endedBy":"CUSTOMER","resolved":%s}"""
			.formatted(customerId, caseId, reason, tag, arrivedAt, queued, answeredAt, answeredAt.plusSeconds(handle), resolved));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		return recorded.json().get("id").asLong();
	}

	/** Imported contacts are history: they join no case, so customer B's requests are keyed by customer and reason. */
	private void importCaselessContacts(String customer) {
		String csv = """
				ref,client,canal,motif,file,arrivee,attente,reponse,fin,fin_par,resolu
				%1$s-b1,%2$s,PHONE,BILLING,%1$s,2025-03-03T10:00:00Z,2025-03-03T10:00:00Z,2025-03-03T10:00:25Z,2025-03-03T10:03:25Z,CUSTOMER,oui
				%1$s-b2,%2$s,PHONE,BILLING,%1$s,2025-04-02T10:00:00Z,2025-04-02T10:00:00Z,2025-04-02T10:00:15Z,2025-04-02T10:04:15Z,CUSTOMER,oui
				%1$s-b3,%2$s,PHONE,INFORMATION,%1$s,2025-03-04T10:00:00Z,2025-03-04T10:00:00Z,,2025-03-04T10:00:03Z,ABANDONED,
				%1$s-b4,%2$s,PHONE,INFORMATION,%1$s,2025-03-04T11:00:00Z,2025-03-04T11:00:00Z,,2025-03-04T11:01:00Z,ABANDONED,
				""".formatted(tag, customer);
		String mapping = "externalRef=ref,customerReference=client,channel=canal,reason=motif,queue=file,arrivedAt=arrivee,"
				+ "queuedAt=attente,answeredAt=reponse,endedAt=fin,endedBy=fin_par,resolved=resolu";
		JsonNode report = admin.postBytes("/api/imports/contacts?mapping=" + URLEncoder.encode(mapping, StandardCharsets.UTF_8),
				"text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(4);
	}
}
