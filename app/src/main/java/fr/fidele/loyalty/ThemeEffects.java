package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import fr.fidele.loyalty.CustomerExperiences.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the customers who write about a theme (being transferred, having to repeat oneself...) leave sooner than
 * comparable customers: the experience model fitted again with one time-varying term per theme, "has written about
 * it", from the contact the first such text was about (its arrival, as for the survey experiences; the text's own
 * date when it is about none), beside every experience, so that a theme's ratio is beyond what the contacts and the
 * answers' scores already say. A theme whose writers count fewer than {@value SatisfactionBreakdown#ENOUGH_DEPARTURES}
 * departures has no ratio ("not enough texts yet"). The themes come from the voice module's published view
 * ({@code verbatim_topic_facts}); fitted on the data of the last recomputation, once.
 */
@Service
public class ThemeEffects {

	private static final Logger log = LoggerFactory.getLogger(ThemeEffects.class);

	/** A theme with its ratio, or null when there are not enough departures to give one. */
	public record Row(String topic, Effect effect, int exposed, int departures) {
	}

	/** The themes' effects, or why there are none ({@code unavailable}). */
	public record Themes(List<Row> rows, int customers, int churned, Instant computedAt, String unavailable) {
	}

	private record Fitted(LoyaltyData data, Themes themes) {
	}

	private final LoyaltyDataReader reader;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final AtomicReference<Fitted> fitted = new AtomicReference<>();

	ThemeEffects(LoyaltyDataReader reader, JdbcClient jdbc, Clock clock) {
		this.reader = reader;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Themes of() {
		LoyaltyData data = reader.latest();
		Fitted last = fitted.get();
		if (last != null && last.data() == data) {
			return last.themes();
		}
		Themes themes = fit(data);
		fitted.set(new Fitted(data, themes));
		return themes;
	}

	private Themes fit(LoyaltyData data) {
		Table table = data.table();
		FollowUp followUp = FollowUp.of(table, ContactFilter.NONE);
		if (followUp.departures() == 0) {
			return new Themes(List.of(), followUp.customers(), 0, clock.instant(), "no customer has churned yet");
		}
		List<String> terms = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		for (Experience experience : Experience.values()) {
			int column = data.column(experience.name());
			if (ExperienceAnalysis.estimable(table, column, followUp)) {
				terms.add(experience.name());
				columns.add(table.firstDay()[column]);
			}
		}
		List<Row> rows = new ArrayList<>();
		int themesFrom = terms.size();
		for (Map.Entry<String, double[]> theme : exposures(table).entrySet()) {
			int[] counted = SatisfactionBreakdown.counted(table, theme.getValue(), followUp);
			if (counted[1] >= SatisfactionBreakdown.ENOUGH_DEPARTURES) {
				terms.add(theme.getKey());
				columns.add(theme.getValue());
			}
			else {
				rows.add(new Row(theme.getKey(), null, counted[0], counted[1]));
			}
		}
		if (terms.size() == themesFrom) {
			return new Themes(List.copyOf(rows), followUp.customers(), followUp.departures(), clock.instant(),
					rows.isEmpty() ? "no customer has written about a theme yet" : null);
		}
		Table withThemes = table.withColumns(columns.toArray(double[][]::new));
		List<Effect> effects = CoxEffects.fit(withThemes, IntStream.range(0, columns.size()).toArray(), terms, followUp);
		effects.stream().filter(effect -> terms.indexOf(effect.term()) >= themesFrom)
			.forEach(effect -> rows.add(new Row(effect.term(), effect, effect.exposed(), effect.exposedChurned())));
		rows.sort(Comparator.comparing((Row row) -> row.effect() == null).thenComparing(Row::departures, Comparator.reverseOrder()));
		rows.stream().filter(row -> row.effect() != null).forEach(row -> log.info("Theme {}: hazard ratio {} ({} – {}), {} customers wrote of it",
				row.topic(), String.format("%.3f", row.effect().hazardRatio()), String.format("%.3f", row.effect().lower()),
				String.format("%.3f", row.effect().upper()), row.exposed()));
		String unavailable = effects.isEmpty() ? "too few customers went through some experiences to estimate their effect" : null;
		return new Themes(List.copyOf(rows), followUp.customers(), followUp.departures(), clock.instant(), unavailable);
	}

	/** For each theme, the day of tenure each customer first wrote about it (NaN: never). */
	private Map<String, double[]> exposures(Table table) {
		FirstExposures exposures = new FirstExposures(table, new TreeMap<>());
		jdbc.sql("""
				select v.customer_id, v.topic, extract(epoch from coalesce(c.arrived_at, v.written_at))::float8
				from verbatim_topic_facts v left join contact_facts c on c.id = v.contact_id
				where v.customer_id is not null""")
			.query(rs -> {
				exposures.had(rs.getString(2), rs.getLong(1), rs.getDouble(3));
			});
		return exposures.firstDays();
	}
}
