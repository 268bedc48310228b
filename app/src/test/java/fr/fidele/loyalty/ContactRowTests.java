package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.LocalDays;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.casefile.BinaryCopyReader;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.Experience;
import fr.fidele.platform.database.ReportingReads;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the loyalty scan derives from a contact in memory ({@link ContactRow}, {@link ContactJoins}) is, for every
 * contact of the database, exactly what PostgreSQL computed from the same row before it was moved out of the query:
 * the SQL here is that former query's, kept as the reference (the service measures' drill-down still runs
 * {@link ContactScope}'s), each experience's former condition beside its test.
 */
@FideleTest
class ContactRowTests {

	/** The experiences as SQL conditions on {@code contact_facts c}, as the scan's query tested them before. */
	private static final Map<Experience, String> FORMER_CONDITIONS = new EnumMap<>(Map.ofEntries(
			Map.entry(Experience.RESOLVED_FIRST_CONTACT, "c.resolved and c.first_of_case"),
			Map.entry(Experience.UNRESOLVED_COMPLAINT, "c.reason_code = 'COMPLAINT' and c.resolved = false"),
			Map.entry(Experience.LONG_WAIT, "c.channel in ('PHONE', 'CHAT', 'CALLBACK', 'IN_PERSON') and c.queued_at is not null "
					+ "and coalesce(c.answered_at, c.ended_at) - c.queued_at > interval '300 seconds'"),
			Map.entry(Experience.ABANDONED, "c.ended_by = 'ABANDONED'"),
			Map.entry(Experience.ADVISOR_HUNG_UP, HangUps.condition("c.")),
			Map.entry(Experience.REIDENTIFIED_AFTER_TRANSFER, "c.reidentified_after_transfer"),
			Map.entry(Experience.CANCELLATION_REQUEST, "c.reason_code = 'CANCELLATION_REQUEST'"),
			Map.entry(Experience.DETRACTOR, "c.id in (select contact_id from survey_score_facts where measure = 'NPS' and score <= 6)"),
			Map.entry(Experience.DISSATISFIED, "c.id in (select contact_id from survey_score_facts where measure = 'CSAT' and score <= 2)"),
			Map.entry(Experience.PROMOTER, "c.id in (select contact_id from survey_score_facts where measure = 'NPS' and score >= 9)"),
			Map.entry(Experience.SATISFIED, "c.id in (select contact_id from survey_score_facts where measure = 'CSAT' and score >= 4)"),
			Map.entry(Experience.LOOP_CLOSED, "c.id in (select contact_id from survey_follow_up_facts where closed_in_time)"),
			Map.entry(Experience.SELF_SERVICE, "c.channel = 'SELF_SERVICE'")));
	private static final String[] REASONS = { "COMPLAINT", "CANCELLATION_REQUEST", "BILLING", "ORDER_STATUS", null };
	private static final String[] ENDED_BY = { "CUSTOMER", "ADVISOR", "SYSTEM", "ABANDONED" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingReads reporting;

	@Autowired
	TestPeople people;

	final Random random = new Random(29);

	@Test
	void everyContactDerivedInMemoryEqualsWhatTheFormerQueryComputed() throws Exception {
		String tag = "R" + UUID.randomUUID().toString().substring(0, 8);
		long advisor = people.create(Role.ADVISOR).id();
		long survey = jdbc.sql("insert into survey (name, kind, active, created_at) values (?, 'TRANSACTIONAL', false, now()) returning id")
			.param(tag).query(Long.class).single();
		for (int i = 0; i < 400; i++) {
			contact(tag, i, advisor, survey);
		}
		StringBuilder sql = new StringBuilder("select ").append(ContactRow.COLUMNS).append("""
				, extract(epoch from c.arrived_at)::float8, c.arrived_at::date - date '1970-01-01', %s,
				    case when c.answered_at is not null then (%s)::float8 end,
				    (case when c.channel in ('EMAIL', 'WEB_FORM', 'SOCIAL') then extract(epoch from c.first_response_at - c.arrived_at)
				     else extract(epoch from c.answered_at - coalesce(c.queued_at, c.arrived_at)) end)::float8,
				    case when c.first_of_case then extract(epoch from k.resolved_at - c.arrived_at)::float8 end, l.advisor_id,
				    (case when c.answered_at is not null then 1 else 0 end) | (case when c.ended_by = 'ADVISOR' then 2 else 0 end)
				    | (case when c.ended_by = 'ABANDONED' then 4 else 0 end)
				    | (case when c.ended_at - c.answered_at < interval '30 seconds' then 8 else 0 end)
				    | (case when %s then 16 else 0 end) | (case when c.first_of_case and c.case_id is not null then 32 else 0 end)
				    | (case when c.resolved then 64 else 0 end) | (case when c.ended_at is null then 128 else 0 end)
				    | (case when c.direction = 'INBOUND' then 256 else 0 end),
				    case when %s then (%s)::float8 else 0 end""".formatted(ContactScope.REQUEST_KEY, ContactScope.HANDLE_SECONDS, ContactScope.OFFERED, ContactScope.OFFERED, ContactScope.WAIT_SECONDS));
		for (String condition : FORMER_CONDITIONS.values()) {
			sql.append(", coalesce(").append(condition).append(", false)");
		}
		sql.append("""
				 from contact_facts c left join contact_leg_facts l on l.contact_id = c.id and l.seq = 1
				left join case_facts k on k.id = c.case_id %s""".formatted(ContactScope.REASONS));

		List<String> differences = new ArrayList<>();
		Map<Experience, Integer> met = new EnumMap<>(Experience.class);
		// as a full read joins them: the legs read on another connection of the read's snapshot, by a thread of their own
		int rows = reporting.readInParts((connection, snapshot) -> {
			int read = 0;
			ContactJoins joins = ContactJoins.read(connection, snapshot.another(), null, true);
			LocalDays days = new LocalDays(ZoneId.systemDefault());
			ContactRow row = new ContactRow();
			try (BinaryCopyReader copy = new BinaryCopyReader(connection, sql.toString())) {
				while (copy.next()) {
					read++;
					row.read(copy);
					joins.join(row);
					same(differences, row, "arrival", copy.float8(Double.NaN), row.arrivedSeconds());
					same(differences, row, "day", copy.int4(-1), days.of(row.arrivedEpochSecond()));
					same(differences, row, "request", copy.int8(ContactColumns.NO_REQUEST), joins.requestKey(row));
					same(differences, row, "handle", copy.float8(0), row.handleSeconds());
					same(differences, row, "first response", copy.float8(Double.NaN), row.firstResponseSeconds());
					same(differences, row, "resolution", copy.float8(Double.NaN), row.resolutionSeconds());
					same(differences, row, "advisor", copy.int8(-1), row.advisor);
					same(differences, row, "flags", copy.int4(-1), ContactFlags.of(row));
					same(differences, row, "wait", copy.float8(Double.NaN), row.waitSeconds());
					for (Experience experience : FORMER_CONDITIONS.keySet()) {
						boolean expected = copy.bool();
						same(differences, row, experience.name(), expected, experience.metBy(row));
						met.merge(experience, expected ? 1 : 0, Integer::sum);
					}
				}
			}
			return read;
		});
		assertThat(rows).isGreaterThanOrEqualTo(400);
		assertThat(differences).isEmpty();
		// Every experience was met and missed by some contact: the comparison saw both answers of each test.
		int compared = rows;
		assertThat(met).allSatisfy((experience, count) -> assertThat(count).as(experience.name()).isBetween(1, compared - 1));
	}

	private static void same(List<String> differences, ContactRow row, String what, Object expected, Object actual) {
		if (!expected.equals(actual) && differences.size() < 20) {
			differences.add("contact " + row.id + " " + what + ": " + expected + " by SQL, " + actual + " in memory");
		}
	}

	/** A contact of a random kind, with instants to the microsecond and durations on both sides of each threshold. */
	private void contact(String tag, int i, long advisor, long survey) {
		Channel channel = Channel.values()[i % Channel.values().length];
		Long customer = i % 11 == 0 ? null : customer(tag, i);
		Long caseId = customer != null && random.nextInt(3) > 0 ? supportCase(customer) : null;
		Instant arrived = Instant.parse("2024-03-01T00:00:00Z").plusSeconds(random.nextInt(400 * 86_400)).plusNanos(1_000L * random.nextInt(1_000_000));
		boolean open = random.nextInt(10) == 0;
		Instant queued = random.nextInt(4) == 0 ? null : arrived.plusSeconds(random.nextInt(3)).plusNanos(1_000L * random.nextInt(1_000_000));
		Instant from = queued != null ? queued : arrived;
		long[] waits = { 0, 299, 300, 301, 1_000 };
		Instant answered = random.nextInt(3) == 0 ? null : from.plusSeconds(waits[random.nextInt(waits.length)]).plusNanos(1_000L * random.nextInt(3));
		long[] handles = { 29, 30, 31, 600 };
		Instant ended = open ? null : (answered != null ? answered : from).plusSeconds(handles[random.nextInt(handles.length)])
			.plusNanos(1_000L * (random.nextInt(3) - 1) * (answered != null ? 1 : 0));
		Boolean resolved = open ? null : new Boolean[] { null, true, false }[random.nextInt(3)];
		long id = jdbc.sql("""
				insert into contact (customer_id, case_id, channel, direction, reason_code, queue, arrived_at, queued_at, answered_at,
				    ended_at, ended_by, resolved, reidentified_after_transfer, first_response_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customer, caseId, channel.name(), random.nextInt(5) == 0 ? "OUTBOUND" : "INBOUND",
					REASONS[random.nextInt(REASONS.length)], random.nextInt(4) == 0 ? null : tag, at(arrived), at(queued),
					at(answered), at(ended), open ? null : ENDED_BY[random.nextInt(ENDED_BY.length)], resolved,
					random.nextInt(7) == 0, random.nextBoolean() ? null : at(arrived.plusSeconds(30 + random.nextInt(90_000))))
			.query(Long.class).single();
		if (answered != null && random.nextInt(5) > 0) {
			jdbc.sql("""
					insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at)
					select id, arrived_at, 1, ?, ? from contact where id = ?""")
				.params(random.nextInt(6) == 0 ? null : advisor, at(answered), id).update();
		}
		if (customer != null && random.nextInt(3) == 0) {
			answer(survey, customer, id);
		}
	}

	private void answer(long survey, long customer, long contact) {
		long invitation = jdbc.sql("""
				insert into survey_invitation (survey_id, token_hash, customer_id, contact_id, sent_via, language, created_at, expires_at, answered_at)
				values (?, sha256(convert_to(?, 'UTF8')), ?, ?, 'LINK', 'fr', now(), now() + interval '1 day', now()) returning id""")
			.params(survey, UUID.randomUUID().toString(), customer, contact).query(Long.class).single();
		boolean nps = random.nextBoolean();
		int score = nps ? random.nextInt(11) : 1 + random.nextInt(5);
		jdbc.sql("insert into survey_answer (invitation_id, position, measure, score) values (?, 1, ?, ?)")
			.params(invitation, nps ? "NPS" : "CSAT", score).update();
		if (random.nextBoolean()) {
			jdbc.sql("""
					insert into survey_follow_up (invitation_id, customer_id, opened_at, due_at, closed_at)
					values (?, ?, now(), now() + interval '2 days', now() + make_interval(days => ?))""")
				.params(invitation, customer, random.nextInt(4)).update();
		}
	}

	private long customer(String tag, int i) {
		return jdbc.sql("""
				insert into customer (reference, display_name, search_text, segment, expertise, monthly_value, customer_since)
				values (?, ?, ?, 'RESIDENTIAL', 'NOVICE', 50, ?) returning id""")
			.params(tag + "-" + i, "Client " + i, tag + i, LocalDate.of(2023, 1, 1)).query(Long.class).single();
	}

	private long supportCase(long customer) {
		return TestCases.openOrResolved(jdbc, random, customer, "2025-05-15 10:00:00.123457+00", 5000);
	}

	private static Timestamp at(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
