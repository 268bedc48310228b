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
		// Group on the raw columns and build the cell name afterwards: concatenating strings for every
		// one of millions of contacts costs more than the grouping itself.
		return jdbc.sql("""
				select l.advisor_id, cu.segment, ct.reason_code, ct.channel,
				    case when ct.arrived_at::date - cu.customer_since < 90 then 0
				         when ct.arrived_at::date - cu.customer_since < 365 then 1 else 2 end,
				    case when cu.monthly_value < 40 then 0 when cu.monthly_value < 100 then 1 else 2 end,
				    count(*) filter (where ct.channel in ('PHONE', 'CALLBACK')),
				    count(*) filter (where %s),
				    count(*) filter (where cu.id is not null and ct.arrived_at < cast(:asOf as date) - :window),
				    count(*) filter (where cu.id is not null and ct.arrived_at < cast(:asOf as date) - :window
				                      and cu.churned_on >= ct.arrived_at::date and cu.churned_on < ct.arrived_at::date + :window)
				from contact ct join contact_leg l on l.contact_id = ct.id and l.seq = 1
				left join customer cu on cu.id = ct.customer_id
				where ct.answered_at is not null
				group by 1, 2, 3, 4, 5, 6""".formatted(HangUps.condition("ct.")))
			.param("asOf", asOf).param("window", AdvisorContributions.WINDOW_DAYS)
			.query((rs, n) -> new Row(rs.getLong(1), cell(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getInt(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
			.list();
	}

	/** The case-mix cell: segment, reason, channel, tenure band, value band; empty without a customer. */
	private static String cell(String segment, String reason, String channel, int tenure, int value) {
		return segment == null ? "" : segment + '|' + (reason == null ? "-" : reason) + '|' + channel + "|t" + tenure + "|v" + value;
	}
}
