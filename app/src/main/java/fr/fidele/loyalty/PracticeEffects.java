package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import fr.fidele.casefile.Experience;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.CustomerTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Whether what the service does for customers keeps them: a theme they wrote about, a guide the advisor followed, a
 * suggestion they accepted. The experience model is fitted again with time-varying terms per practice, from the first
 * time each customer had it, beside every experience, so that a practice's ratio is beyond what the contacts and the
 * answers' scores already say.
 * <p>
 * A practice may name its comparison: the customers to whom it was <em>offered</em> without being taken (a guide
 * shown and not followed, a suggestion made and refused). The model then holds two terms, "offered" (either) and
 * "taken", and the ratio shown is the taken term's: customers who took it against comparable ones who were offered it
 * and did not — not against everyone else. A practice without a comparison (a theme) is compared with everyone who
 * did not have it. Below {@value SatisfactionBreakdown#ENOUGH_DEPARTURES} departures among the takers, or among the
 * compared, there is no ratio ("not enough contacts yet"). Fitted on the data of the last recomputation, once per
 * family of practices.
 */
@Service
public class PracticeEffects {

	private static final Logger log = LoggerFactory.getLogger(PracticeEffects.class);

	/** Receives who had which practice, and when (epoch seconds); a customer outside the follow-up is ignored. */
	public interface Exposures {

		/** The customer took the practice (followed the guide, accepted the suggestion, wrote of the theme). */
		void took(String practice, long customerId, double epochSeconds);

		/** The practice was offered to the customer, who did not take it. */
		void declined(String practice, long customerId, double epochSeconds);
	}

	/**
	 * A practice with its ratio, or null when there are not enough departures to give one.
	 *
	 * @param took customers who took it during their follow-up, {@code tookDepartures} of them left afterwards
	 * @param declined customers offered it who never took it, {@code declinedDepartures} of them left
	 */
	public record Row(String practice, Effect effect, int took, int tookDepartures, int declined, int declinedDepartures) {
	}

	/** The practices' effects, or why there are none ({@code unavailable}). */
	public record Practices(List<Row> rows, int customers, int churned, Instant computedAt, String unavailable) {
	}

	private record Fitted(LoyaltyData data, Practices practices) {
	}

	private final LoyaltyDataReader reader;
	private final CoxEffects cox;
	private final Clock clock;
	private final Map<String, Fitted> fitted = new ConcurrentHashMap<>();

	PracticeEffects(LoyaltyDataReader reader, CoxEffects cox, Clock clock) {
		this.cox = cox;
		this.reader = reader;
		this.clock = clock;
	}

	/**
	 * The effects of one family of practices ({@code "themes"}, {@code "guides"}...), whose exposures {@code reading}
	 * gives; computed once per recomputation of the loyalty data.
	 */
	public Practices of(String family, Consumer<Exposures> reading) {
		LoyaltyData data = reader.latest();
		Fitted last = fitted.get(family);
		if (last != null && last.data() == data) {
			return last.practices();
		}
		Practices practices = fit(data, reading);
		fitted.put(family, new Fitted(data, practices));
		return practices;
	}

	private Practices fit(LoyaltyData data, Consumer<Exposures> reading) {
		CustomerTable table = data.table();
		FollowUp followUp = FollowUp.of(table);
		if (followUp.departures() == 0) {
			return new Practices(List.of(), followUp.customers(), 0, clock.instant(), "no customer has churned yet");
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
		FirstExposures took = new FirstExposures(table, new TreeMap<>());
		FirstExposures declined = new FirstExposures(table, new TreeMap<>());
		reading.accept(new Exposures() {

			@Override
			public void took(String practice, long customerId, double epochSeconds) {
				took.had(practice, customerId, epochSeconds);
			}

			@Override
			public void declined(String practice, long customerId, double epochSeconds) {
				declined.had(practice, customerId, epochSeconds);
			}
		});
		int practicesFrom = terms.size();
		List<Row> rows = new ArrayList<>();
		Map<String, int[]> counts = new TreeMap<>();
		for (Map.Entry<String, double[]> practice : took.firstDays().entrySet()) {
			double[] tookDays = practice.getValue();
			double[] declinedDays = declined.firstDays().get(practice.getKey());
			int[] tookCounted = SatisfactionBreakdown.counted(table, tookDays, followUp);
			int[] declinedCounted = declinedDays == null ? new int[2] : SatisfactionBreakdown.counted(table, neverTook(declinedDays, tookDays), followUp);
			counts.put(practice.getKey(), new int[] { tookCounted[0], tookCounted[1], declinedCounted[0], declinedCounted[1] });
			boolean enough = tookCounted[1] >= SatisfactionBreakdown.ENOUGH_DEPARTURES
					&& (declinedDays == null || declinedCounted[1] >= SatisfactionBreakdown.ENOUGH_DEPARTURES);
			if (!enough) {
				rows.add(new Row(practice.getKey(), null, tookCounted[0], tookCounted[1], declinedCounted[0], declinedCounted[1]));
				continue;
			}
			if (declinedDays != null) {
				terms.add(practice.getKey() + " offered");
				columns.add(earliest(tookDays, declinedDays));
			}
			terms.add(practice.getKey());
			columns.add(tookDays);
		}
		if (terms.size() == practicesFrom) {
			return new Practices(List.copyOf(rows), followUp.customers(), followUp.departures(), clock.instant(),
					rows.isEmpty() ? "no customer has had any of them yet" : null);
		}
		CustomerTable withPractices = table.withColumns(columns.toArray(double[][]::new));
		List<Effect> effects = cox.fit(withPractices, IntStream.range(0, columns.size()).toArray(), terms, followUp);
		effects.stream().filter(effect -> terms.indexOf(effect.term()) >= practicesFrom && counts.containsKey(effect.term())).forEach(effect -> {
			int[] counted = counts.get(effect.term());
			rows.add(new Row(effect.term(), effect, counted[0], counted[1], counted[2], counted[3]));
			log.info("Practice {}: hazard ratio {} ({} – {}), {} customers took it", effect.term(), String.format("%.3f", effect.hazardRatio()),
					String.format("%.3f", effect.lower()), String.format("%.3f", effect.upper()), counted[0]);
		});
		rows.sort(Comparator.comparing((Row row) -> row.effect() == null).thenComparing(Row::tookDepartures, Comparator.reverseOrder()));
		String unavailable = effects.isEmpty() ? "too few customers went through some experiences to estimate their effect" : null;
		return new Practices(List.copyOf(rows), followUp.customers(), followUp.departures(), clock.instant(), unavailable);
	}

	/** The first day each customer was offered the practice, kept only for those who never took it. */
	private static double[] neverTook(double[] declinedDays, double[] tookDays) {
		double[] only = declinedDays.clone();
		for (int i = 0; i < only.length; i++) {
			if (!Double.isNaN(tookDays[i])) {
				only[i] = Double.NaN;
			}
		}
		return only;
	}

	/** The first day of either, NaN where neither. */
	private static double[] earliest(double[] a, double[] b) {
		double[] first = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			first[i] = Double.isNaN(a[i]) ? b[i] : Double.isNaN(b[i]) ? a[i] : Math.min(a[i], b[i]);
		}
		return first;
	}
}
