package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import fr.fidele.platform.database.BinaryCopyReader;
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

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	CustomerExperiences(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * One row per customer who started before {@code asOf}, in COPY's binary format: a million rows of a few dozen
	 * numbers each are read several times faster than through a result set.
	 */
	Table read(LocalDate asOf, List<Exposure> exposures) {
		String firsts = exposures.stream()
			.map(e -> "min(arrived_at) filter (where " + e.condition() + ") as " + e.name().toLowerCase())
			.collect(Collectors.joining(",\n    "));
		String days = exposures.stream()
			.map(e -> "extract(epoch from f." + e.name().toLowerCase() + " - cu.customer_since::timestamptz)::float8 / 86400")
			.collect(Collectors.joining(", "));
		String day = "date " + BinaryCopyReader.literal(asOf.toString());
		String sql = """
				with firsts as (
				    select customer_id, %s
				    from contact where customer_id is not null group by customer_id
				)
				select (coalesce(cu.churned_on + 1, %s) - cu.customer_since), cu.churned_on is not null,
				    case cu.segment when 'RESIDENTIAL' then 0 when 'PROFESSIONAL' then 1 else 2 end,
				    cu.customer_since - date '1970-01-01', %s
				from customer cu left join firsts f on f.customer_id = cu.id
				where cu.customer_since < %s
				order by cu.id""".formatted(firsts, day, days, day);
		int n = jdbc.sql("select count(*) from customer where customer_since < ?").param(asOf).query(Integer.class).single();
		int k = exposures.size();
		double[] followUp = new double[n];
		boolean[] churned = new boolean[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		double[][] first = new double[k][n];
		int i = 0;
		try (Connection connection = dataSource.getConnection(); BinaryCopyReader rows = new BinaryCopyReader(connection, sql)) {
			while (rows.next() && i < n) {
				followUp[i] = rows.int4(0);
				churned[i] = rows.bool();
				segment[i] = rows.int4(0);
				since[i] = rows.int4(0);
				for (int e = 0; e < k; e++) {
					first[e][i] = rows.float8(Double.NaN);
				}
				i++;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("the case file could not be read", e);
		}
		return new Table(i, followUp, churned, segment, since, first);
	}
}
