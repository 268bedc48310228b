package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.fidele.casefile.CallCounts;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.casefile.Experience;
import fr.fidele.casefile.Segment;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.MovableClock;
import fr.fidele.support.TestPeople;
import fr.fidele.support.ScenarioDemoCompany;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards under a filter, on the demo company of {@link LoyaltyScenarioTests} (same seed and settings, so
 * the same application context): every figure compared with a count written here in SQL, independently of the
 * code that computes it; the role dashboards in a browser. A queue is listed when it had a contact answered or
 * abandoned.
 */
@ScenarioDemoCompany
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoyaltyFilterTests {

	private static final LocalDate AS_OF = LocalDate.parse("2026-11-01");

	@LocalServerPort
	int port;

	@Autowired
	LoyaltyRefresh refresh;

	@Autowired
	ExperienceAnalysis experiences;

	@Autowired
	ServiceRetention retention;

	@Autowired
	IntegrityCheck integrity;

	@Autowired
	ServiceTrends trends;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestPeople people;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void computeAsOfTheEndOfTheDemo() {
		refresh.recompute(AS_OF);
	}

	private static ContactFilter segment(Segment segment) {
		return new ContactFilter(null, null, null, null, null, null, segment);
	}

	@Test
	void aSegmentFilterFollowsOnlyThatSegmentsCustomers() {
		long premium = jdbc.sql("select count(*) from customer where segment = 'PREMIUM' and customer_since < ?").param(AS_OF)
			.query(Long.class).single();
		long premiumLeft = jdbc.sql("select count(*) from customer where segment = 'PREMIUM' and customer_since < ? and churned_on is not null")
			.param(AS_OF).query(Long.class).single();
		ExperienceModel model = experiences.model(segment(Segment.PREMIUM));
		assertThat(model.customers()).isEqualTo(premium).isLessThan(experiences.model().customers());
		assertThat(model.churned()).isEqualTo(premiumLeft);
		RetentionReport report = retention.report(segment(Segment.PREMIUM));
		assertThat(report.bySegment()).extracting(Effect::term).containsExactly("PREMIUM");
		assertThat(report.customers()).isEqualTo(premium);
		assertThat(report.overall().hazardRatio()).as("one segment: the stratum's own model")
			.isEqualTo(report.bySegment().get(0).hazardRatio());
	}

	@Test
	void aPeriodFollowsTheCustomersPresentDuringItAndTheirDeparturesWithinIt() {
		LocalDate from = LocalDate.parse("2026-01-01");
		LocalDate to = LocalDate.parse("2026-06-30");
		ContactFilter half = new ContactFilter(from, to, null, null, null, null, null);
		Map<String, Object> counts = jdbc.sql("""
				select count(*) as present, count(*) filter (where churned_on <= :to) as left
				from customer where customer_since <= :to and customer_since < :asOf and (churned_on is null or churned_on >= :from)""")
			.param("from", from).param("to", to).param("asOf", AS_OF).query().singleRow();
		retention.prepare(half); // as the dashboard does: the retention report computed beside the experience model
		ExperienceModel model = experiences.model(half);
		assertThat((long) model.customers()).isEqualTo(counts.get("present"));
		assertThat((long) model.churned()).isEqualTo(counts.get("left"));
		assertThat(model.unavailable()).isNull();
		assertThat(model.effects()).hasSize(Experience.values().length);
		assertThat(experiences.model(half)).as("kept until the next recomputation").isSameAs(model);
		RetentionReport report = retention.report(half);
		assertThat((long) report.customers()).isEqualTo(counts.get("present"));
		assertThat(retention.report(half)).as("computed once").isSameAs(report);
	}

	@Test
	void eachQueueCountsItsOfferedAbandonedAndHungUpContacts() {
		Map<String, long[]> expected = jdbc.sql("""
				select coalesce(queue, ''),
				    count(*) filter (where direction = 'INBOUND' and channel in ('PHONE', 'CHAT', 'CALLBACK', 'IN_PERSON')
				                     and ended_at is not null and (answered_at is not null or ended_by = 'ABANDONED')),
				    count(*) filter (where direction = 'INBOUND' and channel in ('PHONE', 'CHAT', 'CALLBACK', 'IN_PERSON')
				                     and ended_at is not null and ended_by = 'ABANDONED'),
				    count(*) filter (where channel in ('PHONE', 'CALLBACK') and answered_at is not null),
				    count(*) filter (where channel in ('PHONE', 'CALLBACK') and answered_at is not null and ended_by = 'ADVISOR'
				                     and ended_at < answered_at + interval '30 seconds'),
				    count(*) filter (where answered_at is not null or ended_by = 'ABANDONED')
				from contact group by 1""")
			.query((rs, n) -> Map.entry(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6) }))
			.list().stream().filter(e -> e.getValue()[4] > 0)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		IntegrityReport report = integrity.report(ContactFilter.NONE);
		assertThat(report.queues()).extracting(GroupIntegrity::name).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (GroupIntegrity queue : report.queues()) {
			long[] counted = expected.get(queue.name());
			assertThat(new long[] { queue.offered(), queue.abandoned(), queue.calls().answered(), queue.calls().hungUp() })
				.as(queue.name()).containsExactly(counted[0], counted[1], counted[2], counted[3]);
		}
	}

	@Test
	void thePlantedAdvisorsTeamStandsOutAndATeamFilterKeepsEveryoneAsTheReference() {
		IntegrityReport all = integrity.report(ContactFilter.NONE);
		String team = all.advisors().stream().filter(a -> a.username().equals("conseiller-007")).findFirst().orElseThrow().team();
		assertThat(all.teams()).filteredOn(t -> t.verdict() == AdvisorIntegrity.Verdict.FLAGGED)
			.extracting(GroupIntegrity::name).containsExactly(team);
		assertThat(all.teams().stream().map(GroupIntegrity::calls).reduce(CallCounts.ZERO, CallCounts::plus)).isEqualTo(all.everyone());

		long teamId = jdbc.sql("select id from team where name = ?").param(team).query(Long.class).single();
		IntegrityReport mine = integrity.report(new ContactFilter(null, null, null, null, null, teamId, null));
		List<String> members = jdbc.sql("select username from app_user where team_id = ?").param(teamId).query(String.class).list();
		assertThat(mine.advisors()).isNotEmpty().allSatisfy(a -> assertThat(members).contains(a.username()));
		assertThat(mine.everyone()).isEqualTo(all.everyone());
		for (AdvisorIntegrity a : mine.advisors()) {
			assertThat(a.z()).isEqualTo(all.advisors().stream().filter(b -> b.advisorId() == a.advisorId()).findFirst().orElseThrow().z());
		}
	}

	@Test
	void aChannelFilterCountsOnlyThatChannelsCalls() {
		long phone = jdbc.sql("select count(*) from contact c join contact_leg l on l.contact_id = c.id and l.seq = 1 "
				+ "where c.channel = 'PHONE' and c.answered_at is not null and l.advisor_id is not null").query(Long.class).single();
		ContactFilter phoneOnly = new ContactFilter(null, null, Channel.PHONE, null, null, null, null);
		assertThat(integrity.report(phoneOnly).everyone().answered()).isEqualTo(phone).isPositive();
		ContactFilter email = new ContactFilter(null, null, Channel.EMAIL, null, null, null, null);
		assertThat(integrity.report(email).advisors()).isEmpty();
	}

	@Test
	void aMonthOfTheTrendsMatchesItsContactsAndDepartures() {
		List<ServiceTrends.Month> months = trends.months(ContactFilter.NONE);
		assertThat(months).hasSize(ServiceTrends.DEFAULT_MONTHS);
		assertThat(months.get(months.size() - 1).month()).isEqualTo(YearMonth.of(2026, 11));
		ServiceTrends.Month october = months.stream().filter(m -> m.month().equals(YearMonth.of(2026, 10))).findFirst().orElseThrow();
		Map<String, Object> contacts = jdbc.sql("""
				select count(*) as contacts,
				    count(*) filter (where first_of_case and case_id is not null) as opened,
				    count(*) filter (where first_of_case and case_id is not null and resolved) as resolved
				from contact
				where arrived_at >= timestamptz '2026-10-01 00:00 Europe/Paris' and arrived_at < timestamptz '2026-11-01 00:00 Europe/Paris'""")
			.query().singleRow();
		assertThat(october.contacts()).isEqualTo(contacts.get("contacts"));
		assertThat(october.requestsOpened()).isEqualTo(contacts.get("opened"));
		assertThat(october.resolvedAtOnce()).isEqualTo(contacts.get("resolved"));
		Map<String, Object> customers = jdbc.sql("""
				select count(*) as present, count(*) filter (where churned_on < date '2026-11-01') as left
				from customer where customer_since <= date '2026-10-01' and (churned_on is null or churned_on >= date '2026-10-01')""")
			.query().singleRow();
		assertThat(october.customersAtStart()).isEqualTo(customers.get("present"));
		assertThat(october.departures()).isEqualTo(customers.get("left")).isPositive();

		// The whole service's months come from the recomputation's scan; a filter's from a query of their own.
		ServiceTrends.Month premiumOctober = trends.months(segment(Segment.PREMIUM)).stream()
			.filter(m -> m.month().equals(YearMonth.of(2026, 10))).findFirst().orElseThrow();
		long premiumContacts = jdbc.sql("""
				select count(*) from contact c join customer cu on cu.id = c.customer_id and cu.segment = 'PREMIUM'
				where c.arrived_at >= timestamptz '2026-10-01 00:00 Europe/Paris' and c.arrived_at < timestamptz '2026-11-01 00:00 Europe/Paris'""")
			.query(Long.class).single();
		assertThat(premiumOctober.contacts()).isEqualTo(premiumContacts).isPositive().isLessThan(october.contacts());
	}

	@Test
	void aFilterThatCannotBeReadIsRefusedNamingItsField() {
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		ApiClient.Response unknown = supervisor.get("/api/loyalty/integrity?segment=GOLD");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("segment");
		ApiClient.Response backwards = supervisor.get("/api/loyalty/experiences?from=2026-02-01&to=2026-01-01");
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.json().at("/errors/0/field").asString()).isEqualTo("to");
		assertThat(supervisor.get("/api/loyalty/trends?teamId=1&channel=PHONE").status()).isEqualTo(200);
		// Counted through a COPY, which takes no parameters: a value is written in as an escaped literal.
		ApiClient.Response quoted = supervisor.get("/api/loyalty/integrity?queue=l%27accueil%5C%27%3B%20drop%20table%20contact%3B--");
		assertThat(quoted.status()).isEqualTo(200);
		assertThat(quoted.json().at("/everyone/answered").asLong()).isZero();
		assertThat(jdbc.sql("select count(*) from contact").query(Long.class).single()).isPositive();
	}

	@Test
	void theIntegrityExportHasALinePerAdvisorTeamAndQueue() throws Exception {
		IntegrityReport report = integrity.report(ContactFilter.NONE);
		String csv = mvc.perform(get("/loyalty/integrity.csv").with(user("director").roles("DIRECTOR")))
			.andReturn().getResponse().getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("\"level\",\"name\"");
		assertThat(lines).hasSize(1 + report.advisors().size() + report.teams().size() + report.queues().size());
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"advisor\",\"conseiller-007\"").endsWith("\"FLAGGED\""));
	}

	@Autowired
	AdvisorObjectives objectives;

	@Test
	void theAdvisorsTrendExportHasALinePerMonthOfTheChart() throws Exception {
		long camille = jdbc.sql("select id from app_user where username = 'camille'").query(Long.class).single();
		List<AdvisorObjectives.Month> trend = objectives.of(camille).trend();
		String csv = mvc.perform(get("/my/trend.csv").with(user("camille").roles("ADVISOR")))
			.andReturn().getResponse().getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\"month\",\"requests_opened\",\"resolved_at_once\"");
		assertThat(lines).hasSize(1 + trend.size());
		// every month of the chart, line by line (the chart's year follows today's date: a year after the demo's last
		// day it holds none of its contacts, and only the header is left to compare)
		for (int i = 0; i < trend.size(); i++) {
			AdvisorObjectives.Month month = trend.get(i);
			assertThat(lines.get(1 + i))
				.isEqualTo("\"" + month.month().toString().substring(0, 7) + "\"," + month.opened() + "," + month.resolvedAtOnce());
		}
	}

	@Autowired
	AdvisorContributions contributions;

	@Test
	void anAdvisorsPageIsKeptAsLongAsTheDashboardsMayLagTheContacts() {
		long camille = jdbc.sql("select id from app_user where username = 'camille'").query(Long.class).single();
		// the demo's last day, so that the chart's year holds its contacts whenever the test runs
		Instant noon = AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC);
		MovableClock clock = new MovableClock(noon);
		AdvisorObjectives minute = objectivesKept(Duration.ofMinutes(1), clock);
		AdvisorObjectives everyTime = objectivesKept(Duration.ZERO, clock);
		List<AdvisorObjectives.Month> before = minute.of(camille).trend();
		// one request camille opened within the chart's months, its resolution turned over (and put back after)
		Map<String, Object> request = jdbc.sql("""
				select c.id, c.resolved from contact_leg l join contact c on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at
				where l.advisor_id = ? and l.seq = 1 and c.first_of_case and c.case_id is not null and c.arrived_at >= ?
				order by c.id limit 1""")
			.params(camille, Timestamp.from(AS_OF.minusMonths(6).atStartOfDay(ZoneOffset.UTC).toInstant())).query().singleRow();
		long contact = ((Number) request.get("id")).longValue();
		jdbc.sql("update contact set resolved = not coalesce(resolved, false) where id = ?").param(contact).update();
		try {
			assertThat(everyTime.of(camille).trend()).as("computed again, the change shows").isNotEqualTo(before);
			clock.at(noon, Duration.ofSeconds(59));
			assertThat(minute.of(camille).trend()).as("within the minute, the page kept").isEqualTo(before);
			clock.at(noon, Duration.ofSeconds(60));
			assertThat(minute.of(camille).trend()).as("after it, computed again").isEqualTo(everyTime.of(camille).trend())
				.isNotEqualTo(before);

			clock.at(noon, Duration.ofHours(12).minusSeconds(5));
			AdvisorObjectives late = objectivesKept(Duration.ofMinutes(1), clock);
			List<AdvisorObjectives.Month> turned = late.of(camille).trend();
			jdbc.sql("update contact set resolved = ? where id = ?").params(request.get("resolved"), contact).update();
			clock.at(noon, Duration.ofHours(12).plusSeconds(10));
			assertThat(late.of(camille).trend()).as("kept a minute, but never past the day").isEqualTo(before)
				.isNotEqualTo(turned);
		}
		finally {
			jdbc.sql("update contact set resolved = ? where id = ?").params(request.get("resolved"), contact).update();
		}
	}

	private AdvisorObjectives objectivesKept(Duration keptFor, Clock clock) {
		return new AdvisorObjectives(jdbc, contributions, integrity,
				new LoyaltyProperties(false, "-", keptFor, LoyaltyProperties.Cluster.NONE), clock);
	}

	@Test
	void eachRolesDashboardDrawsItsChartsWithData() throws Exception {
		try (Browser browser = new Browser(port)) {
			browser.signIn("julien", "scenario-only");
			browser.open("/loyalty/team");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trends-chart canvas")));
			assertThat(browser.driver().getCurrentUrl()).contains("teamId=");
			assertThat(browser.driver().findElement(By.id("trends-chart")).getDomAttribute("data-rendered")).isEqualTo("true");
			assertThat(browser.driver().findElements(By.cssSelector("#contribution-plot canvas"))).hasSize(1);
			assertThat(browser.driver().findElements(By.cssSelector("#integrity-table tbody tr"))).isNotEmpty();
			assertThat(browser.driver().findElements(By.cssSelector("#contributions-table td.satisfaction"))).as("satisfaction beside loyalty")
				.isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).containsPattern("%.*réponses"));
			assertThat(browser.driver().findElements(By.cssSelector("#trends-table tbody tr"))).hasSize(ServiceTrends.DEFAULT_MONTHS);
			assertThat(browser.driver().findElements(By.cssSelector("#integrity-queues tbody tr"))).isNotEmpty();

			browser.signIn("helene", "scenario-only");
			browser.open("/loyalty?segment=PROFESSIONAL&lang=en");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#forest-plot canvas")));
			assertThat(browser.driver().findElements(By.cssSelector("#landmark-chart canvas"))).hasSize(1);
			assertThat(browser.driver().findElements(By.cssSelector("#trends-chart canvas"))).hasSize(1);
			assertThat(browser.driver().findElement(By.cssSelector("#segment option[selected]")).getText()).isEqualTo("Professional");
			assertThat(browser.driver().findElement(By.id("retention-table")).getText()).contains("Professional")
				.doesNotContain("Premium");
		}
	}
}
