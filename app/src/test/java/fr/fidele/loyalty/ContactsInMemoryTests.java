package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import fr.fidele.casefile.TallyCounts;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.casefile.Segment;
import fr.fidele.support.MovableClock;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The contacts held in memory, kept up to date by folding in what changed, count exactly what a full read of the
 * database counts: the counts of every dashboard filter, their months, and the service measures' contacts — with new
 * contacts, open ones ended, cases resolved, customers gone and come, and contacts ended long ago corrected or erased.
 */
@FideleTest
class ContactsInMemoryTests {

	private static final String[] REASONS = { "BILLING", "COMPLAINT", "ORDER", "INFORMATION", null };
	private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactCounts contacts;

	@Autowired
	TestPeople people;

	final Random random = new Random(17);
	final List<Long> customers = new ArrayList<>();
	final List<Long> advisors = new ArrayList<>();
	String tag;

	@Test
	void aDayFoldedInCountsWhatAFullReadCounts() {
		tag = "M" + UUID.randomUUID().toString().substring(0, 8);
		long team = people.team();
		for (int i = 0; i < 4; i++) {
			advisors.add(i < 2 ? people.inTeam(Role.ADVISOR, team).id() : people.create(Role.ADVISOR).id());
		}
		for (int i = 0; i < 30; i++) {
			customers.add(customer(i));
		}
		List<Long> open = new ArrayList<>();
		List<Long> ended = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			long id = contact(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(300 * 86_400)), i % 9 == 0);
			(i % 9 == 0 ? open : ended).add(id);
		}
		ContactsInMemory folded = held();

		// The day after: new contacts, open ones ended and resolved, one imported with an old arrival, a customer gone.
		for (int i = 0; i < 60; i++) {
			contact(Instant.parse("2025-10-28T08:00:00Z").plusSeconds(random.nextInt(86_400)), false);
		}
		for (long id : open.subList(0, open.size() / 2)) {
			jdbc.sql("update contact set ended_at = arrived_at + interval '5 minutes', ended_by = 'CUSTOMER', resolved = true where id = ?")
				.param(id).update();
		}
		contact(Instant.parse("2024-06-01T10:00:00Z"), false);
		jdbc.sql("update customer set churned_on = date '2025-10-28' where id = ?").param(customers.get(3)).update();
		jdbc.sql("update support_case set status = 'RESOLVED', resolved_at = now() where id in (select id from support_case where resolved_at is null and customer_id in (select id from customer where reference like ?) order by id limit 5)")
			.param(tag + "-%").update();
		customers.add(customer(99));
		contact(Instant.parse("2025-10-28T17:00:00Z"), false);
		// Contacts ended long ago: a reason and a queue corrected, a first reply written late, two erased, first advisors
		// corrected.
		jdbc.sql("update contact set reason_code = 'COMPLAINT', queue = ?, resolved = not coalesce(resolved, false) where id = ?")
			.params(tag + "-2", ended.get(0)).update();
		jdbc.sql("update contact set channel = 'EMAIL', first_response_at = arrived_at + interval '3 hours' where id = ?")
			.param(ended.get(1)).update();
		jdbc.sql("delete from contact where id in (?, ?)").params(ended.get(2), ended.get(3)).update();
		jdbc.sql("update contact_leg set advisor_id = ? where seq = 1 and contact_id = any(?)")
			.params(advisors.get(0), ended.subList(4, 40).toArray(Long[]::new)).update();

		folded.foldIfStale();
		ContactsInMemory full = held();

		for (ContactFilter filter : filters(team)) {
			assertThat(counted(folded, filter)).as(filter.toString()).isEqualTo(counted(full, filter));
			assertThat(measured(folded, filter)).as(filter.toString()).isEqualTo(measured(full, filter));
			assertThat(new ChannelMeasures(folded).of(filter, MeasureSettings.defaults())).as(filter.toString())
				.isEqualTo(new ChannelMeasures(full).of(filter, MeasureSettings.defaults()));
		}
		ContactFilter ours = new ContactFilter(null, null, null, tag + "-0", null, null, null);
		assertThat(new ChannelMeasures(folded).of(ours, MeasureSettings.defaults()))
			.anyMatch(channel -> channel.resolvedRequests() > 0 && channel.firstResponseMedian() != null);
		assertThat(folded.counts(ContactFilter.NONE).queues()).anyMatch(q -> q.queue().equals(tag + "-0"));
	}

	@Test
	void theBackgroundFoldsBeforeAFigureAskedWouldFindTheCopyStale() {
		tag = "B" + UUID.randomUUID().toString().substring(0, 8);
		advisors.add(people.create(Role.ADVISOR).id());
		customers.add(customer(0));
		Instant start = Instant.parse("2025-11-30T08:00:00Z");
		MovableClock clock = new MovableClock(start);
		ContactsInMemory memory = new ContactsInMemory(contacts,
				new LoyaltyProperties(false, "-", Duration.ofMinutes(1), LoyaltyProperties.Cluster.NONE), clock);
		memory.replace(AS_OF, contacts.scan(AS_OF, List.of(), c -> (customer, seconds, mask) -> {
		}), start);
		ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();
		memory.configureTasks(tasks);
		assertThat(tasks.getFixedDelayTaskList()).as("a fold holds up no task that runs on the scheduler's thread").isEmpty();
		assertThat(tasks.getFixedRateTaskList()).singleElement()
			.satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(10)));
		Runnable background = tasks.getFixedRateTaskList().get(0).getRunnable();
		long before = memory.version();
		contact(Instant.parse("2025-11-30T07:59:00Z"), false);

		clock.at(start, Duration.ofSeconds(44));
		background.run();
		assertThat(memory.version()).as("a copy younger than three quarters of the interval is kept").isEqualTo(before);
		clock.at(start, Duration.ofSeconds(45));
		memory.whileReadingEverything(() -> {
			background.run();
			return null;
		});
		assertThat(memory.version()).as("during a full read, whose scan replaces the copy, the background folds nothing")
			.isEqualTo(before);
		background.run();
		assertThat(memory.version()).as("the background folded the new contact in").isGreaterThan(before);
		long folded = memory.version();
		// asked at the interval after the first read: the copy the background made is fresh, nothing is read
		clock.at(start, Duration.ofSeconds(60));
		memory.counts(ContactFilter.NONE);
		assertThat(memory.version()).isEqualTo(folded);
		contact(Instant.parse("2025-11-30T08:01:00Z"), false);
		clock.at(start, Duration.ofSeconds(105));
		memory.counts(ContactFilter.NONE);
		assertThat(memory.version()).as("a figure asked on a copy as old as the interval still folds first").isGreaterThan(folded);
	}

	/** Contacts held for the analysis date, read in full now, folded at each figure asked. */
	private ContactsInMemory held() {
		ContactsInMemory memory = new ContactsInMemory(contacts,
				new LoyaltyProperties(false, "-", Duration.ZERO, LoyaltyProperties.Cluster.NONE),
				Clock.systemUTC());
		Instant started = Instant.now();
		memory.replace(AS_OF, contacts.scan(AS_OF, List.of(), c -> (customer, seconds, mask) -> {
		}), started);
		return memory;
	}

	private List<ContactFilter> filters(long team) {
		return List.of(ContactFilter.NONE,
				new ContactFilter(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 28), null, null, null, null, null),
				new ContactFilter(null, null, Channel.PHONE, null, null, null, null),
				new ContactFilter(null, null, null, tag + "-1", null, null, null),
				new ContactFilter(null, null, null, null, "BILLING", null, Segment.PREMIUM),
				new ContactFilter(null, null, null, null, null, team, null),
				new ContactFilter(LocalDate.of(2025, 10, 28), null, null, null, null, null, Segment.RESIDENTIAL));
	}

	/** Every count of a filter, as text: lists in a set order, arrays by value. */
	private static String counted(ContactsInMemory memory, ContactFilter filter) {
		TallyCounts counts = memory.counts(filter);
		TreeMap<String, String> months = new TreeMap<>();
		memory.months(filter).forEach((month, c) -> months.put(month.toString(), Arrays.toString(c)));
		return counts.advisors().stream().map(Object::toString).sorted().toList() + " "
				+ counts.queues().stream().map(Object::toString).sorted().toList() + " " + months;
	}

	private static String measured(ContactsInMemory memory, ContactFilter filter) {
		ContactsInMemory.Measured m = memory.measured(filter);
		return m.contacts() + " " + Arrays.toString(m.history().requestKey()) + Arrays.toString(m.history().time())
				+ Arrays.toString(m.history().resolved()) + Arrays.toString(m.calls().answered())
				+ Arrays.toString(m.calls().waitTime()) + Arrays.toString(m.calls().handleTime());
	}

	private long customer(int i) {
		Segment segment = Segment.values()[i % Segment.values().length];
		return jdbc.sql("""
				insert into customer (reference, display_name, search_text, segment, expertise, monthly_value, customer_since)
				values (?, ?, ?, ?, 'NOVICE', ?, ?) returning id""")
			.params(tag + "-" + i, "Client " + i, tag + i, segment.name(), 20 + 30 * (i % 5), LocalDate.of(2023, 1, 1).plusDays(37L * i))
			.query(Long.class).single();
	}

	/** A contact of a random kind; open: not ended yet. */
	private long contact(Instant arrived, boolean open) {
		Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
		boolean abandoned = !open && random.nextInt(6) == 0;
		boolean answered = !open && !abandoned;
		Long customer = random.nextInt(10) == 0 ? null : customers.get(random.nextInt(customers.size()));
		Long caseId = customer != null && random.nextInt(3) == 0 ? supportCase(customer) : null;
		Instant queued = arrived.plusSeconds(random.nextInt(5));
		Instant answeredAt = answered ? queued.plusSeconds(random.nextInt(200)) : null;
		Instant ended = open ? null : (answered ? answeredAt : queued).plusSeconds(1 + random.nextInt(900));
		long id = jdbc.sql("""
				insert into contact (customer_id, case_id, channel, direction, reason_code, queue, arrived_at, queued_at, answered_at,
				    ended_at, ended_by, resolved)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customer, caseId, channel.name(), random.nextInt(8) == 0 ? "OUTBOUND" : "INBOUND",
					REASONS[random.nextInt(REASONS.length)], random.nextInt(5) == 0 ? null : tag + "-" + random.nextInt(3),
					at(arrived), at(queued), at(answeredAt), at(ended),
					open ? null : abandoned ? "ABANDONED" : random.nextBoolean() ? "ADVISOR" : "CUSTOMER",
					open ? null : random.nextBoolean())
			.query(Long.class).single();
		if (!open && random.nextBoolean()) {
			jdbc.sql("update contact set first_response_at = arrived_at + make_interval(secs => ?) where id = ?")
				.params(60 + random.nextInt(90_000), id).update();
		}
		if (answered) {
			jdbc.sql("""
					insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at)
					select id, arrived_at, 1, ?, ? from contact where id = ?""")
				.params(advisors.get(random.nextInt(advisors.size())), at(answeredAt), id).update();
		}
		return id;
	}

	private long supportCase(long customer) {
		return TestCases.openOrResolved(jdbc, random, customer, "2025-11-15 10:00+00", 500);
	}

	private static Timestamp at(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
