package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.contacts.LiveContacts;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The measures per channel on a small case file worked out by hand, in a queue of its own ({@code tag}).
 *
 * <pre>
 * case  customer  contact  channel   arrives (2025)  first response          resolved  case resolved
 * X     A         e1       EMAIL     03-03 09:00     reply 2 h later (7200)  yes       03-05 10:00 (49 h after e1)
 *                 p1       PHONE     03-05 09:00     picked up after 30 s    yes        (2 days after e1: a repeat)
 * Y     A         s1       SOCIAL    03-04 10:00     reply after 600 s       yes       03-04 12:00 (7200 s)
 * Z     B         e2       EMAIL     03-06 08:00     none yet                no        -
 * W     B         w1       WEB_FORM  03-07 08:00     reply after 25 h        yes       -
 * V     B         p2       PHONE     03-08 08:00     picked up after 10 s    yes       -
 * </pre>
 * EMAIL: 1 of 2 answered, median 7200 s; FCR 0 of 2 (X repeated by a call, Z unresolved); X resolved in 176,400 s.
 * PHONE: waits 10 and 30 s, median 20, 90th percentile 10 + 0.9 × 20 = 28 (type 7); FCR 1 of 1 (V; X began by e-mail).
 * SOCIAL: 600 s, FCR 1 of 1, Y resolved in 7200 s. WEB_FORM: 90,000 s, FCR 1 of 1, nothing resolved.
 */
@FideleTest
class ChannelMeasuresTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	LiveContacts live;

	@Autowired
	JdbcClient jdbc;

	ApiClient advisor;
	ApiClient supervisor;
	String tag;
	long caseX;
	long caseY;

	@BeforeEach
	void aSmallCaseFile() {
		advisor = new ApiClient(port, people.create(Role.ADVISOR).token());
		supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		tag = "C" + UUID.randomUUID().toString().substring(0, 8);
		long a = customer("A" + tag);
		long b = customer("B" + tag);
		caseX = openCase(a, "BILLING");
		caseY = openCase(a, "TECHNICAL_HELP");
		long caseZ = openCase(b, "BILLING");
		long caseW = openCase(b, "INFORMATION");
		long caseV = openCase(b, "ORDER");
		long e1 = written(a, caseX, "EMAIL", "2025-03-03T09:00:00Z", true);
		live.responded(e1, Instant.parse("2025-03-03T11:00:00Z"));
		live.responded(e1, Instant.parse("2025-03-03T12:00:00Z"));
		call(a, caseX, "2025-03-05T09:00:00Z", 30);
		long s1 = written(a, caseY, "SOCIAL", "2025-03-04T10:00:00Z", true);
		live.responded(s1, Instant.parse("2025-03-04T10:10:00Z"));
		written(b, caseZ, "EMAIL", "2025-03-06T08:00:00Z", false);
		long w1 = written(b, caseW, "WEB_FORM", "2025-03-07T08:00:00Z", true);
		live.responded(w1, Instant.parse("2025-03-08T09:00:00Z"));
		call(b, caseV, "2025-03-08T08:00:00Z", 10);
		// the cases' outcome as the table says, whatever the contacts' wrap-ups made of them
		jdbc.sql("update support_case set status = 'OPEN', resolved_at = null where id in (?, ?, ?)").params(caseZ, caseW, caseV).update();
		resolve(caseX, "2025-03-05T10:00:00Z");
		resolve(caseY, "2025-03-04T12:00:00Z");
	}

	@Test
	void eachChannelsFiguresAreTheHandWorkedOnes() {
		JsonNode email = row(channels(""), "EMAIL");
		assertThat(email.get("contacts").asLong()).isEqualTo(2);
		assertThat(email.get("responded").asLong()).as("the second reply does not move the first").isEqualTo(1);
		assertThat(email.get("firstResponseMedian").asDouble()).isCloseTo(7200, within(1e-6));
		assertProportion(email, 0, 2);
		assertThat(email.get("resolvedRequests").asLong()).isEqualTo(1);
		assertThat(email.get("resolutionMedian").asDouble()).isCloseTo(49 * 3600, within(1e-6));

		JsonNode phone = row(channels(""), "PHONE");
		assertThat(phone.get("firstResponseMedian").asDouble()).isCloseTo(20, within(1e-9));
		assertThat(phone.get("firstResponseP90").asDouble()).isCloseTo(28, within(1e-9));
		assertProportion(phone, 1, 1);
		assertThat(phone.get("resolvedRequests").asLong()).isZero();

		JsonNode social = row(channels(""), "SOCIAL");
		assertThat(social.get("firstResponseMedian").asDouble()).isCloseTo(600, within(1e-9));
		assertProportion(social, 1, 1);
		assertThat(social.get("resolutionMedian").asDouble()).isCloseTo(7200, within(1e-9));

		JsonNode form = row(channels(""), "WEB_FORM");
		assertThat(form.get("firstResponseMedian").asDouble()).isCloseTo(25 * 3600, within(1e-9));
		assertThat(form.get("resolutionMedian").isNull()).isTrue();
	}

	@Test
	void aRepeatOnAnotherChannelCountsEvenWhenTheFilterNamesOneChannel() {
		JsonNode onlyEmail = channels("&channel=EMAIL");
		assertThat(onlyEmail).hasSize(1);
		assertProportion(row(onlyEmail, "EMAIL"), 0, 2);
		// the whole service's FCR is the sum of the channels' parts: one definition, two views
		JsonNode report = supervisor.get("/api/loyalty/measures?queue=" + tag).json();
		assertThat(report.at("/firstContactResolution/numerator").asLong()).isEqualTo(3);
		assertThat(report.at("/firstContactResolution/denominator").asLong()).isEqualTo(5);
	}

	@Test
	void thePageShowsTheTableInBothLanguages() {
		String page = fr.fidele.support.PageSession.signIn(port, people.create(Role.SUPERVISOR).username(), TestPeople.PASSWORD)
			.get("/loyalty/measures?queue=" + tag + "&lang=fr").body();
		assertThat(page).contains("id=\"measures-by-channel\"", "Première réponse (médiane)", "2 h 00", "1 j 1 h");
	}

	private JsonNode channels(String more) {
		ApiClient.Response response = supervisor.get("/api/loyalty/measures/channels?queue=" + tag + more);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode row(JsonNode rows, String channel) {
		for (JsonNode row : rows) {
			if (row.get("channel").asString().equals(channel)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + channel + " in " + rows);
	}

	private static void assertProportion(JsonNode row, long numerator, long denominator) {
		assertThat(row.at("/firstContactResolution/numerator").asLong()).isEqualTo(numerator);
		assertThat(row.at("/firstContactResolution/denominator").asLong()).isEqualTo(denominator);
	}

	private long customer(String reference) {
		return advisor.post("/api/customers", """
				{"reference":"%s","name":"Client %s","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
			.formatted(reference, reference)).json().get("id").asLong();
	}

	private long openCase(long customerId, String reason) {
		return advisor.post("/api/cases", """
				{"customerId":%d,"reasonCode":"%s","subject":"%s"}""".formatted(customerId, reason, reason)).json().get("id").asLong();
	}

	private long written(long customerId, long caseId, String channel, String arrived, boolean resolved) {
		return record("""
				{"customerId":%d,"caseId":%d,"channel":"%s","queue":"%s","arrivedAt":"%s","resolved":%s}"""
			.formatted(customerId, caseId, channel, tag, arrived, resolved));
	}

	private void call(long customerId, long caseId, String arrived, int wait) {
		Instant at = Instant.parse(arrived);
		record("""
				{"customerId":%d,"caseId":%d,"channel":"PHONE","queue":"%s","arrivedAt":"%s","queuedAt":"%s","answeredAt":"%s",
				 "endedAt":"%s","endedBy":"CUSTOMER","resolved":true}"""
			.formatted(customerId, caseId, tag, at, at, at.plusSeconds(wait), at.plusSeconds(wait + 120)));
	}

	private long record(String json) {
		ApiClient.Response recorded = advisor.post("/api/contacts", json);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		return recorded.json().get("id").asLong();
	}

	private void resolve(long caseId, String at) {
		jdbc.sql("update support_case set status = 'RESOLVED', resolved_at = ? where id = ?").params(Timestamp.from(Instant.parse(at)), caseId)
			.update();
	}
}
