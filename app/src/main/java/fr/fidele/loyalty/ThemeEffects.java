package fr.fidele.loyalty;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the customers who write about a theme (being transferred, having to repeat oneself...) leave sooner than
 * comparable customers: a {@link PracticeEffects practice} per theme, "has written about it", from the contact the
 * first such text was about (its arrival, as for the survey experiences; the text's own date when it is about none),
 * compared with everyone who has not. A theme whose writers count fewer than
 * {@value SatisfactionBreakdown#ENOUGH_DEPARTURES} departures has no ratio ("not enough texts yet"). The themes come
 * from the voice module's published view ({@code verbatim_topic_facts}).
 */
@Service
public class ThemeEffects {

	/** A theme with its ratio, or null when there are not enough departures to give one. */
	public record Row(String topic, Effect effect, int exposed, int departures) {
	}

	/** The themes' effects, or why there are none ({@code unavailable}). */
	public record Themes(List<Row> rows, int customers, int churned, Instant computedAt, String unavailable) {
	}

	private final PracticeEffects practices;
	private final JdbcClient jdbc;

	ThemeEffects(PracticeEffects practices, JdbcClient jdbc) {
		this.practices = practices;
		this.jdbc = jdbc;
	}

	public Themes of() {
		PracticeEffects.Practices fitted = practices.of("themes", exposures -> jdbc.sql("""
				select v.customer_id, v.topic, extract(epoch from coalesce(c.arrived_at, v.written_at))::float8
				from verbatim_topic_facts v left join contact_facts c on c.id = v.contact_id
				where v.customer_id is not null""")
			.query(rs -> {
				exposures.took(rs.getString(2), rs.getLong(1), rs.getDouble(3));
			}));
		return new Themes(fitted.rows().stream().map(row -> new Row(row.practice(), row.effect(), row.took(), row.tookDepartures())).toList(),
				fitted.customers(), fitted.churned(), fitted.computedAt(), fitted.unavailable());
	}
}
