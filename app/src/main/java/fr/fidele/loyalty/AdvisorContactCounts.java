package fr.fidele.loyalty;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One scan of the answered contacts by the advisor of their first leg, giving what both the
 * integrity check and the advisor contributions need, so a recomputation reads the contacts once.
 */
@Repository
class AdvisorContactCounts {

	/**
	 * One advisor and case-mix cell: answered phone calls and those ended within seconds (integrity),
	 * contacts whose departure window lies before the analysis date and the departures within it
	 * (contributions; the cell is empty for contacts without a customer).
	 */
	record Row(long advisor, String cell, long voiceAnswered, long hungUp, long contacts, long churned) {
	}

	private final JdbcClient jdbc;

	AdvisorContactCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> read(LocalDate asOf) {
		return jdbc.sql("""
				select l.advisor_id,
				    case when cu.id is null then '' else concat_ws('|', cu.segment, coalesce(ct.reason_code, '-'), ct.channel,
				        case when ct.arrived_at::date - cu.customer_since < 90 then 't0'
				             when ct.arrived_at::date - cu.customer_since < 365 then 't1' else 't2' end,
				        case when cu.monthly_value < 40 then 'v0' when cu.monthly_value < 100 then 'v1' else 'v2' end) end,
				    count(*) filter (where ct.channel in ('PHONE', 'CALLBACK')),
				    count(*) filter (where %s),
				    count(*) filter (where cu.id is not null and ct.arrived_at < cast(:asOf as date) - :window),
				    count(*) filter (where cu.id is not null and ct.arrived_at < cast(:asOf as date) - :window
				                      and cu.churned_on >= ct.arrived_at::date and cu.churned_on < ct.arrived_at::date + :window)
				from contact ct join contact_leg l on l.contact_id = ct.id and l.seq = 1
				left join customer cu on cu.id = ct.customer_id
				where ct.answered_at is not null
				group by 1, 2""".formatted(HangUps.condition("ct.")))
			.param("asOf", asOf).param("window", AdvisorContributions.WINDOW_DAYS)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}
}
