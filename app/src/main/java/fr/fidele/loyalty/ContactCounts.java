package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import fr.fidele.contacts.Channel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.Segment;
import fr.fidele.platform.database.BinaryCopyReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the answered and abandoned contacts of a filter two ways at once: by the advisor of the first leg and
 * case-mix cell, for the integrity check and the advisor contributions, and by queue, for the integrity of each
 * queue. The contacts stream out of PostgreSQL in COPY's binary format and are counted here against the customers
 * held in arrays: grouping ten million rows on seven keys costs PostgreSQL several times longer.
 */
@Repository
class ContactCounts {

	/**
	 * What was counted. {@code months} holds, for a scan of all the contacts of its filter (not only the answered
	 * and abandoned ones), each month's contacts in the company's time zone as {@link ServiceTrends} counts them:
	 * contacts, requests opened, resolved at once, offered, abandoned, answered calls, hang-ups.
	 */
	record Counts(List<AdvisorCell> advisors, List<QueueCount> queues, Map<YearMonth, long[]> months) {
	}

	/**
	 * One advisor and case-mix cell (segment, reason, channel, tenure band, value band; -1 for contacts without a
	 * customer): their answered calls, contacts whose departure window lies before the analysis date and the
	 * departures within it (contributions).
	 */
	record AdvisorCell(long advisor, int cell, CallCounts calls, long contacts, long churned) {
	}

	/** One queue (empty name: contacts without one): the contacts offered to it, abandoned, and its answered calls. */
	record QueueCount(String queue, long offered, long abandoned, CallCounts calls) {
	}

	private static final int ANSWERED = 1;
	private static final int BY_ADVISOR = 2;
	private static final int ABANDONED = 4;
	private static final int SHORT = 8;
	private static final int OFFERED = 16;
	private static final int OPENED = 32;
	private static final int RESOLVED = 64;
	private static final int BANDS = 3;
	/** The segments in their enum order, as an SQL array: a segment's ordinal is its position in it, less one. */
	private static final String SEGMENTS = Arrays.stream(Segment.values()).map(segment -> "'" + segment.name() + "'")
		.collect(Collectors.joining(", ", "array[", "]::text[]"));
	private static final Function<Customers, ExposureSink> NO_EXPOSURES = customers -> (customer, seconds, mask) -> {
	};

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Reasons reasons;

	ContactCounts(DataSource dataSource, JdbcClient jdbc, Reasons reasons) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.reasons = reasons;
	}

	/** The counts of the answered and abandoned contacts of {@code filter}, up to {@code asOf}. */
	Counts read(LocalDate asOf, ContactFilter filter) {
		return scan(asOf, "(c.answered_at is not null or c.ended_by = 'ABANDONED') and "
				+ ContactScope.of(filter.withoutTeam()).whereWithLiterals(), false, List.of(), NO_EXPOSURES).counts();
	}

	/**
	 * The months of the contacts of {@code filter}, every part of it the team included, counted as a scan of every
	 * contact counts them (see {@link Counts#months()}).
	 */
	Map<YearMonth, long[]> months(ContactFilter filter) {
		// No departure window is read here: any analysis date does.
		return scan(LocalDate.EPOCH, ContactScope.of(filter).whereWithLiterals(), true, List.of(), NO_EXPOSURES).counts()
			.months();
	}

	/**
	 * Receives, for every contact of a customer, the customer's position in {@link Customers}, the arrival in
	 * epoch seconds, and which exposures the contact meets (bit {@code e} for the exposure {@code e}).
	 */
	interface ExposureSink {
		void contact(int customer, double arrivedSeconds, long exposures);
	}

	/** What a scan of the contacts gives: the counts, and the customers they were counted against. */
	record Scan(Counts counts, Customers customers) {
	}

	/**
	 * Every contact once, for a recomputation: counted as {@link #read} does, and passed with the exposures it
	 * meets to the sink that {@code sinks} makes for the customers read, so that one scan of the contacts feeds
	 * both the counts and the churn models.
	 */
	Scan scan(LocalDate asOf, List<Exposure> exposures, Function<Customers, ExposureSink> sinks) {
		return scan(asOf, "true", true, exposures, sinks);
	}

	private Scan scan(LocalDate asOf, String where, boolean everyContact, List<Exposure> exposures,
			Function<Customers, ExposureSink> sinks) {
		if (exposures.size() > Long.SIZE - 1) {
			throw new IllegalStateException("at most 63 exposures fit in one contact's mask: " + exposures.size());
		}
		Customers customers = customers();
		ExposureSink sink = sinks.apply(customers);
		List<String> codes = reasons.all().stream().map(Reason::code).toList();
		StringBuilder mask = new StringBuilder("0::int8");
		for (int e = 0; e < exposures.size(); e++) {
			mask.append(" | (case when ").append(exposures.get(e).condition()).append(" then ").append(1L << e)
				.append("::int8 else 0 end)");
		}
		// The exposure conditions name the contact's columns without an alias: they are computed before the join,
		// where no leg column can be taken for them.
		String sql = """
				select c.customer_id, extract(epoch from c.arrived_at)::float8, c.arrived_at::date - date '1970-01-01',
				    array_position(array[%s]::text[], c.channel) - 1, coalesce(array_position(array[%s]::text[], c.reason_code), 0),
				    c.queue, l.advisor_id,
				    (case when c.answered_at is not null then %d else 0 end) | (case when c.ended_by = 'ADVISOR' then %d else 0 end)
				    | (case when c.ended_by = 'ABANDONED' then %d else 0 end)
				    | (case when c.ended_at - c.answered_at < interval '%d seconds' then %d else 0 end)
				    | (case when %s then %d else 0 end)
				    | (case when c.first_of_case and c.case_id is not null then %d else 0 end) | (case when c.resolved then %d else 0 end),
				    c.exposures
				from (select contact_facts.*, %s as exposures from contact_facts) c
				left join contact_leg_facts l on l.contact_id = c.id and l.seq = 1
				where %s"""
			.formatted(Arrays.stream(Channel.values()).map(ch -> BinaryCopyReader.literal(ch.name())).collect(Collectors.joining(",")),
					codes.stream().map(BinaryCopyReader::literal).collect(Collectors.joining(",")), ANSWERED, BY_ADVISOR,
					ABANDONED, HangUps.MAX_SECONDS, SHORT, ContactScope.OFFERED, OFFERED, OPENED, RESOLVED, mask, where);
		long largestAdvisorId = jdbc.sql("select coalesce(max(id), 0) from user_facts").query(Long.class).single();
		Tally tally = new Tally(customers, asOf.toEpochDay(), codes.size() + 1, largestAdvisorId, everyContact);
		try (Connection connection = dataSource.getConnection(); BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
			while (rows.next()) {
				int customer = customers.indexOf(rows.int8(-1));
				double arrived = rows.float8(0);
				tally.add(customer, arrived, rows.int4(0), rows.int4(0), rows.int4(0), rows.symbol(), rows.int8(-1), rows.int4(0));
				long met = rows.int8(0);
				if (customer >= 0 && met != 0) {
					sink.contact(customer, arrived, met);
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("contacts could not be read", e);
		}
		return new Scan(tally.counts(), customers);
	}

	/**
	 * Every customer's segment, start, value band and departure day (-1: still here), as epoch days; ids sorted.
	 * Ids are looked up through a table by id where they are dense enough, else by binary search.
	 */
	record Customers(long[] ids, int[] segment, int[] sinceDay, int[] valueBand, int[] churnDay, int[] byId) {

		int size() {
			return ids.length;
		}

		int indexOf(long id) {
			if (id < 0) {
				return -1;
			}
			if (byId != null) {
				return id < byId.length ? byId[(int) id] : -1;
			}
			int found = Arrays.binarySearch(ids, id);
			return found < 0 ? -1 : found;
		}
	}

	private Customers customers() {
		int n = jdbc.sql("select count(*) from customer_facts").query(Integer.class).single();
		long[] ids = new long[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		int[] value = new int[n];
		int[] churn = new int[n];
		int size = 0;
		// A customer without a monthly value falls in the highest value band, as NULL < 40 is not true.
		String sql = """
				select id, array_position(%s, segment) - 1,
				    customer_since - date '1970-01-01',
				    case when monthly_value < 40 then 0 when monthly_value < 100 then 1 else 2 end,
				    coalesce(churned_on - date '1970-01-01', -1)
				from customer_facts order by id limit %d""".formatted(SEGMENTS, n);
		try (Connection connection = dataSource.getConnection(); BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
			while (rows.next()) {
				ids[size] = rows.int8(-1);
				segment[size] = rows.int4(-1);
				if (segment[size] < 0) {
					throw new IllegalStateException("customer " + ids[size] + " has a segment Fidèle does not know");
				}
				since[size] = rows.int4(0);
				value[size] = rows.int4(0);
				churn[size] = rows.int4(-1);
				size++;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("customers could not be read", e);
		}
		long[] known = Arrays.copyOf(ids, size);
		int[] byId = null;
		long largest = size == 0 ? 0 : known[size - 1];
		if (largest < 4L * size + 1024) {
			byId = new int[(int) largest + 1];
			Arrays.fill(byId, -1);
			for (int i = 0; i < size; i++) {
				byId[(int) known[i]] = i;
			}
		}
		return new Customers(known, segment, since, value, churn, byId);
	}

	/** The counting itself, row by row. */
	private static final class Tally {

		private static final int CHANNELS = Channel.values().length;
		/**
		 * The first second of each month in the company's time zone, from {@link #FIRST_MONTH} on: contacts do not
		 * come in the order of their arrival, and a time zone conversion for each of millions would cost more than
		 * the rest of the counting.
		 */
		private static final YearMonth FIRST_MONTH = YearMonth.of(1970, 1);
		private static final long[] MONTH_STARTS = monthStarts(FIRST_MONTH, YearMonth.of(2200, 1));
		private static final int COUNTERS = 6;

		private final Customers customers;
		private final long windowEnd;
		private final int reasonCount;
		/** Cells are numbered from 1; 0 is the cell of contacts without a customer. */
		private final int cells;
		/** Advisors by id, each with the counters of every cell side by side: no hashing per contact. */
		private int[] slotOfAdvisor;
		private final List<Long> advisorOfSlot = new ArrayList<>();
		private final List<long[]> countersOfSlot = new ArrayList<>();
		private final Map<String, long[]> byQueue = new HashMap<>();
		/** Counters by month, indexed as {@link #MONTH_STARTS}; null for a scan of only some contacts. */
		private final long[][] byMonth;
		/** The month of the last contact counted, from its first second to the first of the next: contacts come in order. */
		private long monthStart = Long.MAX_VALUE;
		private long monthEnd = Long.MIN_VALUE;
		private long[] monthCounters;

		Tally(Customers customers, long asOfDay, int reasonCount, long largestAdvisorId, boolean everyContact) {
			this.byMonth = everyContact ? new long[MONTH_STARTS.length][] : null;
			this.customers = customers;
			this.windowEnd = asOfDay - AdvisorContributions.WINDOW_DAYS;
			this.reasonCount = reasonCount;
			this.cells = Segment.values().length * reasonCount * CHANNELS * BANDS * BANDS + 1;
			this.slotOfAdvisor = new int[(int) largestAdvisorId + 1];
			Arrays.fill(slotOfAdvisor, -1);
		}

		void add(int customer, double arrivedSeconds, int arrivedDay, int channel, int reason, String queue, long advisor,
				int flags) {
			boolean answered = (flags & ANSWERED) != 0;
			boolean voiceAnswered = answered && (channel == Channel.PHONE.ordinal() || channel == Channel.CALLBACK.ordinal());
			boolean byAdvisor = (flags & BY_ADVISOR) != 0;
			boolean isShort = (flags & SHORT) != 0;
			boolean offered = (flags & OFFERED) != 0;
			if (byMonth != null) {
				month(arrivedSeconds, flags, offered, voiceAnswered, byAdvisor && isShort);
			}
			if ((flags & (ANSWERED | ABANDONED)) == 0) {
				return;
			}
			long[] q = byQueue.computeIfAbsent(queue == null ? "" : queue, k -> new long[COUNTERS]);
			add(q, 0, offered, offered && (flags & ABANDONED) != 0, voiceAnswered, byAdvisor, isShort);
			if (advisor < 0) {
				return;
			}
			int cell = 0;
			boolean inWindow = false;
			boolean churnedInWindow = false;
			if (customer >= 0) {
				int tenure = arrivedDay - customers.sinceDay()[customer];
				int tenureBand = tenure < 90 ? 0 : tenure < 365 ? 1 : 2;
				cell = 1 + (((customers.segment()[customer] * reasonCount + reason) * CHANNELS + channel) * BANDS + tenureBand)
						* BANDS + customers.valueBand()[customer];
				int churn = customers.churnDay()[customer];
				inWindow = answered && arrivedDay < windowEnd;
				churnedInWindow = inWindow && churn >= arrivedDay && churn < arrivedDay + AdvisorContributions.WINDOW_DAYS;
			}
			add(counters(advisor), cell * COUNTERS, inWindow, churnedInWindow, voiceAnswered, byAdvisor, isShort);
		}

		private void month(double arrivedSeconds, int flags, boolean offered, boolean voiceAnswered, boolean hungUp) {
			if (arrivedSeconds < monthStart || arrivedSeconds >= monthEnd) {
				int found = Arrays.binarySearch(MONTH_STARTS, (long) Math.floor(arrivedSeconds));
				// Before the first month or after the last one, a contact is counted in the nearest.
				int index = Math.max(0, Math.min(MONTH_STARTS.length - 1, found >= 0 ? found : -found - 2));
				monthStart = index == 0 ? Long.MIN_VALUE : MONTH_STARTS[index];
				monthEnd = index + 1 < MONTH_STARTS.length ? MONTH_STARTS[index + 1] : Long.MAX_VALUE;
				if (byMonth[index] == null) {
					byMonth[index] = new long[7];
				}
				monthCounters = byMonth[index];
			}
			boolean opened = (flags & OPENED) != 0;
			monthCounters[0]++;
			monthCounters[1] += opened ? 1 : 0;
			monthCounters[2] += opened && (flags & RESOLVED) != 0 ? 1 : 0;
			monthCounters[3] += offered ? 1 : 0;
			monthCounters[4] += offered && (flags & ABANDONED) != 0 ? 1 : 0;
			monthCounters[5] += voiceAnswered ? 1 : 0;
			monthCounters[6] += voiceAnswered && hungUp ? 1 : 0;
		}

		private static long[] monthStarts(YearMonth first, YearMonth end) {
			long[] starts = new long[(int) first.until(end, ChronoUnit.MONTHS)];
			for (int i = 0; i < starts.length; i++) {
				starts[i] = first.plusMonths(i).atDay(1).atStartOfDay(ContactFilter.ZONE).toEpochSecond();
			}
			return starts;
		}

		private long[] counters(long advisor) {
			if (advisor >= slotOfAdvisor.length) {
				int size = slotOfAdvisor.length;
				slotOfAdvisor = Arrays.copyOf(slotOfAdvisor, (int) advisor + 1);
				Arrays.fill(slotOfAdvisor, size, slotOfAdvisor.length, -1);
			}
			int slot = slotOfAdvisor[(int) advisor];
			if (slot < 0) {
				slot = advisorOfSlot.size();
				slotOfAdvisor[(int) advisor] = slot;
				advisorOfSlot.add(advisor);
				countersOfSlot.add(new long[cells * COUNTERS]);
			}
			return countersOfSlot.get(slot);
		}

		/** The six counters from {@code at}: two of the caller's, then answered calls, ended by the advisor, short, both. */
		private static void add(long[] counters, int at, boolean first, boolean second, boolean voiceAnswered,
				boolean byAdvisor, boolean isShort) {
			counters[at] += first ? 1 : 0;
			counters[at + 1] += second ? 1 : 0;
			if (voiceAnswered) {
				counters[at + 2]++;
				counters[at + 3] += byAdvisor ? 1 : 0;
				counters[at + 4] += isShort ? 1 : 0;
				counters[at + 5] += byAdvisor && isShort ? 1 : 0;
			}
		}

		Counts counts() {
			List<AdvisorCell> advisors = new ArrayList<>();
			for (int slot = 0; slot < advisorOfSlot.size(); slot++) {
				long[] c = countersOfSlot.get(slot);
				for (int cell = 0; cell < cells; cell++) {
					int at = cell * COUNTERS;
					if (c[at] + c[at + 2] > 0) {
						advisors.add(new AdvisorCell(advisorOfSlot.get(slot), cell - 1, calls(c, at), c[at], c[at + 1]));
					}
				}
			}
			List<QueueCount> queues = new ArrayList<>(byQueue.size());
			byQueue.forEach((queue, c) -> queues.add(new QueueCount(queue, c[0], c[1], calls(c, 0))));
			Map<YearMonth, long[]> months = new HashMap<>();
			for (int i = 0; byMonth != null && i < byMonth.length; i++) {
				if (byMonth[i] != null) {
					months.put(FIRST_MONTH.plusMonths(i), byMonth[i]);
				}
			}
			return new Counts(advisors, queues, Map.copyOf(months));
		}

		private static CallCounts calls(long[] c, int at) {
			return new CallCounts(c[at + 2], c[at + 3], c[at + 4], c[at + 5]);
		}
	}
}
