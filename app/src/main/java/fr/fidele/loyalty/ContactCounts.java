package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.fidele.contacts.Channel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.Segment;
import fr.fidele.platform.database.BinaryCopyReader;
import fr.fidele.platform.database.ReportingReads;
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

	static final int ANSWERED = 1;
	static final int BY_ADVISOR = 2;
	static final int ABANDONED = 4;
	static final int SHORT = 8;
	static final int OFFERED = 16;
	static final int OPENED = 32;
	static final int RESOLVED = 64;
	/** The segments in their enum order, as an SQL array: a segment's ordinal is its position in it, less one. */
	private static final String SEGMENTS = Arrays.stream(Segment.values()).map(segment -> "'" + segment.name() + "'")
		.collect(Collectors.joining(", ", "array[", "]::text[]"));
	private static final Function<Customers, ExposureSink> NO_EXPOSURES = customers -> (customer, seconds, mask) -> {
	};

	private final ReportingReads reporting;
	private final Reasons reasons;

	ContactCounts(ReportingReads reporting, Reasons reasons) {
		this.reporting = reporting;
		this.reasons = reasons;
	}

	/**
	 * Receives, for every contact of a customer, the customer's position in {@link Customers}, the arrival in
	 * epoch seconds, and which exposures the contact meets (bit {@code e} for the exposure {@code e}).
	 */
	interface ExposureSink {
		void contact(int customer, double arrivedSeconds, long exposures);
	}

	/**
	 * What a scan of the contacts gives: the counts, the customers they were counted against, the contacts read as
	 * columns, the team of each advisor by id (-1: none) as the contacts were read, and the contacts erased since the
	 * time a fold asked about (none for a full scan).
	 */
	record Scan(Counts counts, Customers customers, ContactColumns columns, long[] teamOfAdvisor, long[] erased) {
	}

	/**
	 * Every contact once, for a recomputation: counted as {@link #read} does, and passed with the exposures it
	 * meets to the sink that {@code sinks} makes for the customers read, so that one scan of the contacts feeds
	 * both the counts and the churn models. The scan may run twice (a read the replica cancels is read again from the
	 * primary): {@code sinks} must make a fresh sink each time.
	 */
	Scan scan(LocalDate asOf, List<Exposure> exposures, Function<Customers, ExposureSink> sinks) {
		return scan(asOf, "true", null, exposures, sinks);
	}

	/**
	 * The contacts a fold reads again (see {@link ContactsInMemory}): those numbered above {@code largestId}, those
	 * that arrived from {@code since} on, those of the cases resolved from then on, those the contacts module logged
	 * as changed after their end from then on, and {@code open} ones, with every customer read again; and the contacts
	 * erased from then on. Each part is one an index finds.
	 */
	Scan recent(LocalDate asOf, long largestId, Instant since, long[] open) {
		String from = "timestamptz " + BinaryCopyReader.literal(since.toString());
		String where = """
				(c.id > %d or c.arrived_at >= %s or c.id = any(array[%s]::int8[])
				 or c.case_id = any(array(select id from case_facts where resolved_at >= %s))
				 or c.id = any(array(select contact_id from contact_change_facts where changed_at >= %s)))""".formatted(largestId,
				from, Arrays.stream(open).mapToObj(Long::toString).collect(Collectors.joining(",")), from, from);
		return scan(asOf, where, since, List.of(), NO_EXPOSURES);
	}

	private Scan scan(LocalDate asOf, String where, Instant changesSince, List<Exposure> exposures,
			Function<Customers, ExposureSink> sinks) {
		if (exposures.size() > Long.SIZE - 1) {
			throw new IllegalStateException("at most 63 exposures fit in one contact's mask: " + exposures.size());
		}
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
				    | (case when c.first_of_case and c.case_id is not null then %d else 0 end) | (case when c.resolved then %d else 0 end)
				    | (case when c.ended_at is null then %d else 0 end) | (case when c.direction = 'INBOUND' then %d else 0 end),
				    c.exposures, c.id, %s, case when %s then (%s)::float8 end, case when c.answered_at is not null then (%s)::float8 end,
				    (%s)::float8,
				    case when c.first_of_case then extract(epoch from k.resolved_at - c.arrived_at)::float8 end
				from (select contact_facts.*, %s as exposures from contact_facts) c
				left join contact_leg_facts l on l.contact_id = c.id and l.seq = 1
				left join case_facts k on k.id = c.case_id
				%s
				where %s"""
			.formatted(Arrays.stream(Channel.values()).map(ch -> BinaryCopyReader.literal(ch.name())).collect(Collectors.joining(",")),
					codes.stream().map(BinaryCopyReader::literal).collect(Collectors.joining(",")), ANSWERED, BY_ADVISOR,
					ABANDONED, HangUps.MAX_SECONDS, SHORT, ContactScope.OFFERED, OFFERED, OPENED, RESOLVED, ContactColumns.OPEN,
					ContactColumns.INBOUND, ContactScope.REQUEST_KEY, ContactScope.OFFERED, ContactScope.WAIT_SECONDS,
					ContactScope.HANDLE_SECONDS, ChannelMeasures.FIRST_RESPONSE_SECONDS, mask,
					ContactScope.REASONS, where);
		// The customers, the advisors and the contacts are read in one snapshot, from the read replica if there is one.
		return reporting.read(connection -> {
			Customers customers = customers(connection);
			ExposureSink sink = sinks.apply(customers);
			long[] teams = teams(connection);
			ContactTally tally = new ContactTally(customers, asOf.toEpochDay(), codes.size() + 1, teams.length - 1L, true);
			ContactColumns columns = new ContactColumns(codes, 1 << 12);
			try (BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
				while (rows.next()) {
					int customer = customers.indexOf(rows.int8(-1));
					double arrived = rows.float8(0);
					int day = rows.int4(0);
					int channel = rows.int4(0);
					int reason = rows.int4(0);
					String queue = rows.symbol();
					long advisor = rows.int8(-1);
					int flags = rows.int4(0);
					tally.add(customer, arrived, day, channel, reason, queue, advisor, flags);
					long met = rows.int8(0);
					if (customer >= 0 && met != 0) {
						sink.contact(customer, arrived, met);
					}
					int row = columns.append();
					columns.id[row] = rows.int8(0);
					columns.customer[row] = customer;
					columns.arrived[row] = arrived;
					columns.day[row] = day;
					columns.channel[row] = (byte) channel;
					columns.reason[row] = (short) reason;
					columns.queue[row] = columns.queueNumberAdding(queue);
					columns.advisor[row] = Math.toIntExact(advisor);
					columns.flags[row] = (short) flags;
					columns.request[row] = rows.int8(ContactColumns.NO_REQUEST);
					columns.wait[row] = rows.float8(0);
					columns.handle[row] = rows.float8(0);
					columns.firstResponse[row] = rows.float8(Double.NaN);
					columns.resolution[row] = rows.float8(Double.NaN);
				}
			}
			columns.completed();
			return new Scan(tally.counts(), customers, columns, teams, changesSince == null ? new long[0] : erased(connection, changesSince));
		});
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

	/** The contacts the contacts module logged as erased from {@code since} on (V53). */
	private static long[] erased(Connection connection, Instant since) {
		return ReportingReads.jdbc(connection).sql("select distinct contact_id from contact_change_facts where erased and changed_at >= ?")
			.param(Timestamp.from(since)).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
	}

	/** The team of each advisor by id, -1 for none; as long as the largest user id plus one. */
	private static long[] teams(Connection connection) {
		JdbcClient jdbc = ReportingReads.jdbc(connection);
		long largest = jdbc.sql("select coalesce(max(id), 0) from user_facts").query(Long.class).single();
		if (largest > Integer.MAX_VALUE - 1) {
			throw new IllegalStateException("user ids beyond 2^31 are not held in memory: " + largest);
		}
		long[] teams = new long[(int) largest + 1];
		Arrays.fill(teams, -1);
		jdbc.sql("select id, team_id from user_facts where team_id is not null").query(rs -> {
			teams[(int) rs.getLong(1)] = rs.getLong(2);
		});
		return teams;
	}

	private static Customers customers(Connection connection) throws SQLException {
		int n = ReportingReads.jdbc(connection).sql("select count(*) from customer_facts").query(Integer.class).single();
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
		try (BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
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
}
