package fr.fidele.loyalty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One scan of the answered and abandoned contacts of a filter, counted two ways at once (grouping sets): by the
 * advisor of the first leg and case-mix cell, for the integrity check and the advisor contributions, and by queue,
 * for the integrity of each queue. A recomputation reads the contacts once for all of them.
 */
@Repository
class ContactCounts {

	/** What was counted. */
	record Counts(List<AdvisorCell> advisors, List<QueueCount> queues) {
	}

	/**
	 * One advisor and case-mix cell: their answered calls, contacts whose departure window lies before the analysis
	 * date and the departures within it (contributions; the cell is empty for contacts without a customer).
	 */
	record AdvisorCell(long advisor, String cell, CallCounts calls, long contacts, long churned) {
	}

	/** One queue (empty name: contacts without one): the contacts offered to it, abandoned, and its answered calls. */
	record QueueCount(String queue, long offered, long abandoned, CallCounts calls) {
	}

	private final JdbcClient jdbc;

	ContactCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts read(LocalDate asOf, ContactFilter filter) {
		ContactScope scope = ContactScope.of(filter.withoutTeam());
		Map<String, Object> params = scope.params();
		params.put("asOf", asOf);
		params.put("window", AdvisorContributions.WINDOW_DAYS);
		List<AdvisorCell> advisors = new ArrayList<>();
		List<QueueCount> queues = new ArrayList<>();
		// Group on the raw columns and build the cell name afterwards: concatenating strings for every
		// one of millions of contacts costs more than the grouping itself.
		jdbc.sql("""
				select grouping(queue) = 0, advisor_id, segment, reason_code, channel, tenure, value, queue,
				    count(*) filter (where voice and answered),
				    count(*) filter (where voice and answered and by_advisor),
				    count(*) filter (where voice and answered and short),
				    count(*) filter (where voice and answered and by_advisor and short),
				    count(*) filter (where offered),
				    count(*) filter (where offered and abandoned),
				    count(*) filter (where answered and in_window),
				    count(*) filter (where answered and in_window and churned_in_window)
				from (
				    select l.advisor_id, cu.segment, c.reason_code, c.channel, coalesce(c.queue, '') as queue,
				        case when c.arrived_at::date - cu.customer_since < 90 then 0
				             when c.arrived_at::date - cu.customer_since < 365 then 1 else 2 end as tenure,
				        case when cu.monthly_value < 40 then 0 when cu.monthly_value < 100 then 1 else 2 end as value,
				        c.channel in ('PHONE', 'CALLBACK') as voice, c.answered_at is not null as answered,
				        c.ended_by = 'ADVISOR' as by_advisor, c.ended_by = 'ABANDONED' as abandoned,
				        c.ended_at - c.answered_at < make_interval(secs => :short) as short,
				        %s as offered,
				        cu.id is not null and c.arrived_at < cast(:asOf as date) - :window as in_window,
				        cu.churned_on >= c.arrived_at::date and cu.churned_on < c.arrived_at::date + :window as churned_in_window
				    from contact c left join contact_leg l on l.contact_id = c.id and l.seq = 1
				    left join customer cu on cu.id = c.customer_id
				    where (c.answered_at is not null or c.ended_by = 'ABANDONED') and %s) x
				group by grouping sets ((advisor_id, segment, reason_code, channel, tenure, value), (queue))"""
			.formatted(ContactScope.OFFERED, scope.where()))
			.params(params).param("short", HangUps.MAX_SECONDS)
			.query(rs -> {
				CallCounts calls = new CallCounts(rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12));
				if (rs.getBoolean(1)) {
					queues.add(new QueueCount(rs.getString(8), rs.getLong(13), rs.getLong(14), calls));
				}
				else {
					long advisor = rs.getLong(2);
					if (!rs.wasNull()) {
						advisors.add(new AdvisorCell(advisor, cell(rs.getString(3), rs.getString(4), rs.getString(5),
								rs.getInt(6), rs.getInt(7)), calls, rs.getLong(15), rs.getLong(16)));
					}
				}
			});
		return new Counts(advisors, queues);
	}

	/** The case-mix cell: segment, reason, channel, tenure band, value band; empty without a customer. */
	private static String cell(String segment, String reason, String channel, int tenure, int value) {
		return segment == null ? "" : segment + '|' + (reason == null ? "-" : reason) + '|' + channel + "|t" + tenure + "|v" + value;
	}
}
