package fr.fidele.loyalty;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads, in one pass over the contacts, when each customer first went through each
 * {@link Exposure}, with their start, churn and segment, into primitive arrays: days since the
 * start of the relationship, NaN when the customer never did.
 */
@Repository
class CustomerExperiences {

	/**
	 * Column-wise data: one entry per customer; {@code firstDay[e]} follows the order of the exposures read;
	 * {@code sinceDay} is the first day of the relationship, as an epoch day, so that a calendar period can be cut.
	 */
	record Table(int size, double[] followUpDays, boolean[] churned, int[] segment, int[] sinceDay, double[][] firstDay) {

		int churnedCount() {
			int count = 0;
			for (boolean c : churned) {
				count += c ? 1 : 0;
			}
			return count;
		}
	}

	private final JdbcClient jdbc;

	CustomerExperiences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Table read(LocalDate asOf, List<Exposure> exposures) {
		String firsts = exposures.stream()
			.map(e -> "min(arrived_at) filter (where " + e.condition() + ") as " + e.name().toLowerCase())
			.collect(Collectors.joining(",\n    "));
		String days = exposures.stream()
			.map(e -> "extract(epoch from f." + e.name().toLowerCase() + " - cu.customer_since::timestamptz) / 86400")
			.collect(Collectors.joining(", "));
		String sql = """
				with firsts as (
				    select customer_id, %s
				    from contact where customer_id is not null group by customer_id
				)
				select (coalesce(cu.churned_on + 1, cast(? as date)) - cu.customer_since) as follow_up,
				    cu.churned_on is not null as churned,
				    case cu.segment when 'RESIDENTIAL' then 0 when 'PROFESSIONAL' then 1 else 2 end as segment,
				    cu.customer_since - date '1970-01-01' as since, %s
				from customer cu left join firsts f on f.customer_id = cu.id
				where cu.customer_since < ?
				order by cu.id""".formatted(firsts, days);
		int n = jdbc.sql("select count(*) from customer where customer_since < ?").param(asOf).query(Integer.class).single();
		int k = exposures.size();
		double[] followUp = new double[n];
		boolean[] churned = new boolean[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		double[][] first = new double[k][n];
		int[] row = { 0 };
		jdbc.sql(sql).params(asOf, asOf).query(rs -> {
			int i = row[0]++;
			followUp[i] = rs.getDouble(1);
			churned[i] = rs.getBoolean(2);
			segment[i] = rs.getInt(3);
			since[i] = rs.getInt(4);
			for (int e = 0; e < k; e++) {
				double day = rs.getDouble(5 + e);
				first[e][i] = rs.wasNull() ? Double.NaN : day;
			}
		});
		return new Table(row[0], followUp, churned, segment, since, first);
	}
}
