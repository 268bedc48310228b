package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.SharedData;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service measures of the Anonymous Bank call log, imported through the API, against a computation of this test
 * straight from the file's columns, with the cleaning rules of docs/imports.md and the definitions of
 * docs/metrics.md. The figures are written in docs/metrics.md ("Checked on the Anonymous Bank log").
 * <p>
 * A property of its own gives the class its own application context, hence its own database: the measures see the
 * log alone, and {@code ImportTests} still finds the shared database without it.
 */
@FideleTest
@TestPropertySource(properties = "spring.application.name=fidele-bank-log-measures")
class BankLogMeasuresTests {

	private static final int DAY = 86_400;
	/** The log's month, February 1999, with room for the time zones. */
	private static final String PERIOD = "from=1999-01-01&to=1999-12-31";

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	/** One row of the log that the cleaning rules keep: times in seconds from midnight of its date. */
	record Call(String customer, boolean served, boolean queued, long day, int arrived, int queuedAt, int answeredAt,
			int queueTime, int serviceTime) {

		/** Seconds in queue before the answer (0 when answered without queueing) or before hanging up. */
		int waited() {
			return served ? (queued ? answeredAt - queuedAt : 0) : queueTime;
		}

		long arrival() {
			return day * DAY + arrived;
		}
	}

	@Test
	void theMeasuresOfTheBankLogMatchAComputationFromTheFile() throws IOException {
		Path file = SharedData.file("anonymous-bank-callcenter/data_anonymous_bank_february.txt");
		List<Call> calls = cleaned(Files.readAllLines(file));
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		JsonNode imported = admin.postBytes("/api/imports/bank-callcenter?fileName=bank.txt", "text/tab-separated-values",
				Files.readAllBytes(file)).json();
		assertThat(imported.get("imported").asInt() + imported.get("skipped").asInt()).isEqualTo(calls.size()).isEqualTo(32_468);

		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		JsonNode report = supervisor.get("/api/loyalty/measures?" + PERIOD).json();

		long answered = calls.stream().filter(Call::served).count();
		// a HANG after queueing is an abandon; a HANG in the IVR never reached a queue
		List<Call> abandons = calls.stream().filter(c -> !c.served() && c.queued()).toList();
		long longAbandons = abandons.stream().filter(c -> c.queueTime() >= 5).count();
		long onTime = calls.stream().filter(c -> c.served() && c.waited() <= 20).count();
		double meanWait = calls.stream().filter(Call::served).mapToInt(Call::waited).average().orElseThrow();
		double meanService = calls.stream().filter(Call::served).mapToInt(Call::serviceTime).average().orElseThrow();

		assertThat(report.get("contacts").asLong()).isEqualTo(calls.size());
		assertThat(report.get("offered").asLong()).isEqualTo(answered + abandons.size()).isEqualTo(30_496);
		assertThat(report.get("answered").asLong()).isEqualTo(answered).isEqualTo(26_566);
		assertProportion(report, "abandonment", longAbandons, answered + longAbandons);
		assertProportion(report, "serviceLevel", onTime, answered + longAbandons);
		assertThat(report.get("averageSpeedOfAnswer").asDouble()).isCloseTo(meanWait, within(1e-9));
		assertThat(report.get("averageHandleTime").asDouble()).isCloseTo(meanService, within(1e-9));

		JsonNode everyAbandon = supervisor.get("/api/loyalty/measures?" + PERIOD + "&shortAbandonSeconds=0").json();
		assertProportion(everyAbandon, "abandonment", abandons.size(), answered + abandons.size());

		// identified callers only: an unidentified caller outside any case cannot be followed; nobody is marked resolved
		Map<String, List<Long>> arrivalsByCustomer = new HashMap<>();
		calls.stream().filter(c -> c.customer() != null)
			.forEach(c -> arrivalsByCustomer.computeIfAbsent(c.customer(), k -> new ArrayList<>()).add(c.arrival()));
		long followed = arrivalsByCustomer.values().stream().mapToLong(List::size).sum();
		assertProportion(report, "firstContactResolution", 0, arrivalsByCustomer.size());
		assertProportion(report, "repeatWithin24Hours", repeats(arrivalsByCustomer, 1), followed);
		assertProportion(report, "repeatWithin7Days", repeats(arrivalsByCustomer, 7), followed);
		assertProportion(report, "repeatWithin30Days", repeats(arrivalsByCustomer, 30), followed);

		assertDrillDownsHoldTheContactsCounted(supervisor, report);
	}

	/** Each list's total is the part of the figure it lists, and its first page holds as many contacts as it can. */
	private static void assertDrillDownsHoldTheContactsCounted(ApiClient supervisor, JsonNode report) {
		assertThat(total(supervisor, "OFFERED")).isEqualTo(report.get("offered").asLong());
		assertThat(total(supervisor, "ABANDONMENT")).isEqualTo(report.at("/abandonment/numerator").asLong());
		assertThat(total(supervisor, "SERVICE_LEVEL"))
			.isEqualTo(report.at("/serviceLevel/denominator").asLong() - report.at("/serviceLevel/numerator").asLong());
		assertThat(total(supervisor, "FIRST_CONTACT_RESOLUTION")).isEqualTo(report.at("/firstContactResolution/denominator")
			.asLong() - report.at("/firstContactResolution/numerator").asLong());
		assertThat(total(supervisor, "REPEAT_24_HOURS")).isEqualTo(report.at("/repeatWithin24Hours/numerator").asLong());
		assertThat(total(supervisor, "REPEAT_7_DAYS")).isEqualTo(report.at("/repeatWithin7Days/numerator").asLong());
		assertThat(total(supervisor, "REPEAT_30_DAYS")).isEqualTo(report.at("/repeatWithin30Days/numerator").asLong());
		assertThat(total(supervisor, "SPEED_OF_ANSWER")).isEqualTo(report.get("answered").asLong());
		JsonNode abandons = supervisor.get("/api/loyalty/measures/ABANDONMENT/contacts?" + PERIOD + "&page=1").json();
		assertThat(abandons.get("contacts")).hasSize(ServiceMeasures.PAGE_SIZE);
		abandons.get("contacts").forEach(c -> {
			assertThat(c.get("endedBy").asString()).isEqualTo("ABANDONED");
			assertThat(c.get("waitSeconds").asDouble()).isGreaterThanOrEqualTo(5);
		});
	}

	private static long total(ApiClient supervisor, String measure) {
		return supervisor.get("/api/loyalty/measures/" + measure + "/contacts?" + PERIOD).json().get("total").asLong();
	}

	/** Calls of a customer followed by the customer's next call within the window, window included. */
	private static long repeats(Map<String, List<Long>> arrivalsByCustomer, int days) {
		long repeated = 0;
		for (List<Long> arrivals : arrivalsByCustomer.values()) {
			List<Long> sorted = arrivals.stream().sorted().toList();
			for (int i = 0; i + 1 < sorted.size(); i++) {
				repeated += sorted.get(i + 1) - sorted.get(i) <= (long) days * DAY ? 1 : 0;
			}
		}
		return repeated;
	}

	private static void assertProportion(JsonNode report, String measure, long numerator, long denominator) {
		assertThat(report.at("/" + measure + "/numerator").asLong()).as(measure + " numerator").isEqualTo(numerator);
		assertThat(report.at("/" + measure + "/denominator").asLong()).as(measure + " denominator").isEqualTo(denominator);
	}

	/**
	 * The rows docs/imports.md keeps: not PHANTOM, not served by NO_SERVER, times in order (queue entry not before the
	 * IVR entry, answer not before the queue entry or arrival, end not before the answer or arrival).
	 */
	private static List<Call> cleaned(List<String> lines) {
		List<String> header = List.of(lines.get(0).strip().split("\t"));
		List<Call> calls = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.strip().split("\t");
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), cells[i].strip());
			}
			String outcome = row.get("outcome");
			boolean served = outcome.equals("AGENT");
			if (outcome.equals("PHANTOM") || served && row.get("server").equals("NO_SERVER")) {
				continue;
			}
			boolean queued = Integer.parseInt(row.get("q_time")) > 0;
			int arrived = seconds(row.get("vru_entry"));
			int queuedAt = queued ? clock(row, "q_start", arrived) : arrived;
			int answeredAt = served ? clock(row, "ser_start", arrived) : -1;
			int endedAt = clock(row, served ? "ser_exit" : queued ? "q_exit" : "vru_exit", arrived);
			boolean inOrder = queuedAt >= arrived && (!served || answeredAt >= queuedAt)
					&& endedAt >= (served ? answeredAt : arrived);
			if (inOrder) {
				String date = row.get("date");
				long day = java.time.LocalDate.of(1900 + Integer.parseInt(date.substring(0, 2)),
						Integer.parseInt(date.substring(2, 4)), Integer.parseInt(date.substring(4, 6))).toEpochDay();
				String customer = row.get("customer_id").equals("0") ? null : row.get("customer_id");
				calls.add(new Call(customer, served, queued, day, arrived, queuedAt, answeredAt,
						Integer.parseInt(row.get("q_time")), Integer.parseInt(row.get("ser_time"))));
			}
		}
		return calls;
	}

	/** A clock time of the call, pushed to the next day when it crossed midnight after a late IVR entry. */
	private static int clock(Map<String, String> row, String column, int arrived) {
		int time = seconds(row.get(column));
		return time < arrived && arrived >= 20 * 3600 && time < 4 * 3600 ? time + DAY : time;
	}

	private static int seconds(String clock) {
		String[] parts = clock.split(":");
		return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2]);
	}
}
