package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import fr.fidele.contacts.Channel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
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

	/** What was counted. */
	record Counts(List<AdvisorCell> advisors, List<QueueCount> queues) {
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
	private static final int BANDS = 3;

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Reasons reasons;

	ContactCounts(DataSource dataSource, JdbcClient jdbc, Reasons reasons) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.reasons = reasons;
	}

	Counts read(LocalDate asOf, ContactFilter filter) {
		Customers customers = customers();
		List<String> codes = reasons.all().stream().map(Reason::code).toList();
		String sql = """
				select c.customer_id, c.arrived_at::date - date '1970-01-01',
				    array_position(array[%s]::text[], c.channel) - 1, coalesce(array_position(array[%s]::text[], c.reason_code), 0),
				    c.queue, l.advisor_id,
				    (case when c.answered_at is not null then %d else 0 end) | (case when c.ended_by = 'ADVISOR' then %d else 0 end)
				    | (case when c.ended_by = 'ABANDONED' then %d else 0 end)
				    | (case when c.ended_at - c.answered_at < interval '%d seconds' then %d else 0 end)
				    | (case when %s then %d else 0 end)
				from contact c left join contact_leg l on l.contact_id = c.id and l.seq = 1
				where (c.answered_at is not null or c.ended_by = 'ABANDONED') and %s"""
			.formatted(Arrays.stream(Channel.values()).map(ch -> BinaryCopyReader.literal(ch.name())).collect(Collectors.joining(",")),
					codes.stream().map(BinaryCopyReader::literal).collect(Collectors.joining(",")), ANSWERED, BY_ADVISOR,
					ABANDONED, HangUps.MAX_SECONDS, SHORT, ContactScope.OFFERED, OFFERED,
					ContactScope.of(filter.withoutTeam()).whereWithLiterals());
		Tally tally = new Tally(customers, asOf.toEpochDay(), codes.size() + 1);
		try (Connection connection = dataSource.getConnection(); BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
			while (rows.next()) {
				tally.add(rows.int8(-1), rows.int4(0), rows.int4(0), rows.int4(0), rows.text(), rows.int8(-1), rows.int4(0));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("contacts could not be counted", e);
		}
		return tally.counts();
	}

	/** Every customer's segment, start, value band and departure, by id; ids sorted for a binary search. */
	private record Customers(long[] ids, int[] segment, int[] sinceDay, int[] valueBand, int[] churnDay) {

		int indexOf(long id) {
			return id < 0 ? -1 : Arrays.binarySearch(ids, id);
		}
	}

	private Customers customers() {
		int n = jdbc.sql("select count(*) from customer").query(Integer.class).single();
		long[] ids = new long[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		int[] value = new int[n];
		int[] churn = new int[n];
		int[] row = { 0 };
		// A customer without a monthly value falls in the highest value band, as NULL < 40 is not true.
		jdbc.sql("""
				select id, case segment when 'RESIDENTIAL' then 0 when 'PROFESSIONAL' then 1 else 2 end,
				    customer_since - date '1970-01-01',
				    case when monthly_value < 40 then 0 when monthly_value < 100 then 1 else 2 end,
				    coalesce(churned_on - date '1970-01-01', -1)
				from customer order by id limit ?""").param(n).query(rs -> {
			int i = row[0]++;
			ids[i] = rs.getLong(1);
			segment[i] = rs.getInt(2);
			since[i] = rs.getInt(3);
			value[i] = rs.getInt(4);
			churn[i] = rs.getInt(5);
		});
		int size = row[0];
		return new Customers(Arrays.copyOf(ids, size), segment, since, value, churn);
	}

	/** The counting itself, row by row. */
	private static final class Tally {

		private final Customers customers;
		private final long windowEnd;
		private final int reasonCount;
		private final Map<Long, long[]> byAdvisorCell = new HashMap<>();
		private final Map<String, long[]> byQueue = new HashMap<>();

		Tally(Customers customers, long asOfDay, int reasonCount) {
			this.customers = customers;
			this.windowEnd = asOfDay - AdvisorContributions.WINDOW_DAYS;
			this.reasonCount = reasonCount;
		}

		void add(long customerId, int arrivedDay, int channel, int reason, String queue, long advisor, int flags) {
			boolean answered = (flags & ANSWERED) != 0;
			boolean voiceAnswered = answered && (channel == Channel.PHONE.ordinal() || channel == Channel.CALLBACK.ordinal());
			boolean byAdvisor = (flags & BY_ADVISOR) != 0;
			boolean isShort = (flags & SHORT) != 0;
			boolean offered = (flags & OFFERED) != 0;
			long[] q = byQueue.computeIfAbsent(queue == null ? "" : queue, k -> new long[6]);
			add(q, offered, offered && (flags & ABANDONED) != 0, voiceAnswered, byAdvisor, isShort);
			if (advisor < 0) {
				return;
			}
			int customer = customers.indexOf(customerId);
			int cell = -1;
			boolean inWindow = false;
			boolean churnedInWindow = false;
			if (customer >= 0) {
				int tenure = arrivedDay - customers.sinceDay()[customer];
				int tenureBand = tenure < 90 ? 0 : tenure < 365 ? 1 : 2;
				cell = (((customers.segment()[customer] * reasonCount + reason) * Channel.values().length + channel) * BANDS
						+ tenureBand) * BANDS + customers.valueBand()[customer];
				int churn = customers.churnDay()[customer];
				inWindow = answered && arrivedDay < windowEnd;
				churnedInWindow = inWindow && churn >= arrivedDay && churn < arrivedDay + AdvisorContributions.WINDOW_DAYS;
			}
			long[] a = byAdvisorCell.computeIfAbsent(advisor * (1L << 24) + cell + 1, k -> new long[6]);
			add(a, inWindow, churnedInWindow, voiceAnswered, byAdvisor, isShort);
		}

		/** The six counters: two of the caller's, then answered calls, ended by the advisor, short, both. */
		private static void add(long[] counters, boolean first, boolean second, boolean voiceAnswered, boolean byAdvisor,
				boolean isShort) {
			counters[0] += first ? 1 : 0;
			counters[1] += second ? 1 : 0;
			if (voiceAnswered) {
				counters[2]++;
				counters[3] += byAdvisor ? 1 : 0;
				counters[4] += isShort ? 1 : 0;
				counters[5] += byAdvisor && isShort ? 1 : 0;
			}
		}

		Counts counts() {
			List<AdvisorCell> advisors = new ArrayList<>(byAdvisorCell.size());
			byAdvisorCell.forEach((key, c) -> advisors.add(new AdvisorCell(key >> 24, (int) (key & ((1 << 24) - 1)) - 1,
					calls(c), c[0], c[1])));
			List<QueueCount> queues = new ArrayList<>(byQueue.size());
			byQueue.forEach((queue, c) -> queues.add(new QueueCount(queue, c[0], c[1], calls(c))));
			return new Counts(advisors, queues);
		}

		private static CallCounts calls(long[] c) {
			return new CallCounts(c[2], c[3], c[4], c[5]);
		}
	}
}
