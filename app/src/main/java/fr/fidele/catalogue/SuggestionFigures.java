package fr.fidele.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.loyalty.PracticeEffects;
import fr.fidele.platform.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether suggestions keep customers — loyalty, not the sale, is the measure: for each product suggested, and for
 * all of them ({@value #ALL}), how often it was shown, offered, accepted and set aside, the share of offers accepted
 * (Wilson interval), and the hazard ratio of churn of the customers after they accepted one against comparable
 * customers to whom one was offered and who never accepted ({@link PracticeEffects}), "not enough contacts yet" under
 * ten departures on either side.
 */
@Service
public class SuggestionFigures {

	/** The row of every product together. */
	public static final String ALL = "*";

	/** One product's suggestions, or all of them. */
	public record Figure(String product, long shown, long offered, long accepted, long notRelevant, Share acceptance, PracticeEffects.Row churn) {
	}

	private final JdbcClient jdbc;
	private final PracticeEffects practices;

	SuggestionFigures(JdbcClient jdbc, PracticeEffects practices) {
		this.jdbc = jdbc;
		this.practices = practices;
	}

	/** All products together first, then each product suggested. */
	public List<Figure> all() {
		Map<String, PracticeEffects.Row> churn = new HashMap<>();
		practices.of("suggestions", exposures -> exposures(exposures, true)).rows().forEach(row -> churn.put(ALL, row));
		practices.of("suggested-products", exposures -> exposures(exposures, false)).rows().forEach(row -> churn.put(row.practice(), row));
		return jdbc.sql("""
				select coalesce(product, ?) as product, count(*) as shown,
				       count(*) filter (where status in ('OFFERED', 'ACCEPTED')) as offered,
				       count(*) filter (where status = 'ACCEPTED') as accepted,
				       count(*) filter (where status = 'NOT_RELEVANT') as not_relevant
				from suggestion_facts group by grouping sets ((), (product)) order by product nulls first""")
			.param(ALL)
			.query((rs, n) -> new Figure(rs.getString("product"), rs.getLong("shown"), rs.getLong("offered"), rs.getLong("accepted"),
					rs.getLong("not_relevant"), Share.of(rs.getLong("accepted"), rs.getLong("offered")), churn.get(rs.getString("product"))))
			.list();
	}

	private void exposures(PracticeEffects.Exposures exposures, boolean together) {
		jdbc.sql("""
				select s.customer_id, s.product, s.status, extract(epoch from coalesce(c.arrived_at, s.shown_at))::float8
				from suggestion_facts s left join contact_facts c on c.id = s.contact_id where s.status in ('OFFERED', 'ACCEPTED')""")
			.query(rs -> {
				String practice = together ? ALL : rs.getString(2);
				if ("ACCEPTED".equals(rs.getString(3))) {
					exposures.took(practice, rs.getLong(1), rs.getDouble(4));
				}
				else {
					exposures.declined(practice, rs.getLong(1), rs.getDouble(4));
				}
			});
	}
}
