package fr.fidele.gratitude;

import java.util.List;

import fr.fidele.loyalty.PracticeEffects;
import fr.fidele.platform.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether thanks keep customers: per moment and for all, how many moments were noticed, thanked and set aside, the
 * share thanked (Wilson interval), the median days from noticed to thanked, and the hazard ratio of churn of the
 * customers after they were thanked against comparable customers reminded of and not (yet) thanked
 * ({@link PracticeEffects}: reminded is the "offered", thanked the "taken"), from the moment each happened.
 */
@Service
public class GratitudeFigures {

	/** The row of every moment together. */
	public static final String ALL = "*";

	/** One moment's thanks, or all of them. */
	public record Figure(String moment, long noticed, long thanked, long dismissed, Share thankedShare, Double medianDaysToThank,
			PracticeEffects.Row churn) {
	}

	private final JdbcClient jdbc;
	private final PracticeEffects practices;

	GratitudeFigures(JdbcClient jdbc, PracticeEffects practices) {
		this.jdbc = jdbc;
		this.practices = practices;
	}

	/** All moments together first, then each moment noticed. */
	public List<Figure> all() {
		java.util.Map<String, PracticeEffects.Row> churn = new java.util.HashMap<>();
		practices.of("thanks", exposures -> exposures(exposures, true)).rows().forEach(row -> churn.put(ALL, row));
		practices.of("thanks-by-moment", exposures -> exposures(exposures, false)).rows().forEach(row -> churn.put(row.practice(), row));
		return jdbc.sql("""
				select coalesce(moment, ?) as moment, count(*) as noticed, count(*) filter (where status = 'THANKED') as thanked,
				       count(*) filter (where status = 'DISMISSED') as dismissed,
				       percentile_cont(0.5) within group (order by extract(epoch from thanked_at - noticed_at) / 86400) as median_days
				from gratitude_facts group by grouping sets ((), (moment)) order by moment nulls first""")
			.param(ALL)
			.query((rs, n) -> new Figure(rs.getString("moment"), rs.getLong("noticed"), rs.getLong("thanked"), rs.getLong("dismissed"),
					Share.of(rs.getLong("thanked"), rs.getLong("noticed")), (Double) rs.getObject("median_days"), churn.get(rs.getString("moment"))))
			.list();
	}

	private void exposures(PracticeEffects.Exposures exposures, boolean together) {
		jdbc.sql("""
				select customer_id, moment, status, extract(epoch from noticed_at)::float8, extract(epoch from thanked_at)::float8
				from gratitude_facts""")
			.query(rs -> {
				String practice = together ? ALL : rs.getString(2);
				if ("THANKED".equals(rs.getString(3))) {
					exposures.took(practice, rs.getLong(1), rs.getDouble(5));
				}
				else {
					exposures.declined(practice, rs.getLong(1), rs.getDouble(4));
				}
			});
	}
}
