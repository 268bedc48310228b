package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import fr.fidele.casefile.Experience;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.CustomerTable;
import org.springframework.stereotype.Service;

/**
 * Whether an unhappy answer loses customers everywhere alike, or more after some channels, reasons or advisors: the
 * experience model fitted again with {@link Experience#DETRACTOR} and {@link Experience#DISSATISFIED} each split by what
 * the answer was about (one time-varying term per channel, say), beside the other experiences, so that each ratio is
 * against comparable customers as the overall one is. A value whose unhappy customers count fewer than
 * {@value #ENOUGH_DEPARTURES} departures has no ratio of its own ("not enough answers yet"): its customers share one
 * term, the rest, so that the model still knows they were unhappy. Fitted on the data of the last recomputation, once
 * per breakdown.
 */
@Service
public class SatisfactionBreakdown {

	/** Below this many departures after the unhappy answers of one value, no ratio is shown for it. */
	public static final int ENOUGH_DEPARTURES = 10;
	/** The value of the term the values without enough departures share. */
	public static final String REST = "*";

	/** What an answer is about. */
	public enum By {
		CHANNEL("c.channel"), REASON("c.reason_code"), ADVISOR("s.advisor_id::text");

		private final String column;

		By(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}
	}

	/**
	 * One experience after one value (null: the contact had none, {@link #REST}: the values without enough departures
	 * together), with its ratio, or null when there are not enough departures to give one.
	 */
	public record Row(Experience experience, String value, Effect effect, int exposed, int departures) {
	}

	/** A breakdown, or why there is none ({@code unavailable}). */
	public record Breakdown(By by, List<Row> rows, int customers, int churned, Instant computedAt, String unavailable) {
	}

	private record Fitted(LoyaltyData data, Map<By, Breakdown> breakdowns) {
	}

	private static final List<Experience> SPLIT = List.of(Experience.DETRACTOR, Experience.DISSATISFIED);

	private final LoyaltyDataReader reader;
	private final CoxEffects cox;
	private final UnhappyAnswers answers;
	private final Clock clock;
	private final AtomicReference<Fitted> fitted = new AtomicReference<>();

	SatisfactionBreakdown(LoyaltyDataReader reader, UnhappyAnswers answers, CoxEffects cox, Clock clock) {
		this.cox = cox;
		this.reader = reader;
		this.answers = answers;
		this.clock = clock;
	}

	public Breakdown of(By by) {
		LoyaltyData data = reader.latest();
		Fitted now = fitted.updateAndGet(last -> last != null && last.data() == data ? last : new Fitted(data, new EnumMap<>(By.class)));
		synchronized (now) {
			return now.breakdowns().computeIfAbsent(by, dimension -> fit(data, dimension));
		}
	}

	private Breakdown fit(LoyaltyData data, By by) {
		CustomerTable table = data.table();
		FollowUp followUp = FollowUp.of(table);
		if (followUp.departures() == 0) {
			return new Breakdown(by, List.of(), followUp.customers(), 0, clock.instant(), "no customer has churned yet");
		}
		Map<Experience, Map<String, double[]>> exposures = exposures(table, by);
		List<String> terms = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		for (Experience experience : Experience.values()) {
			int column = data.column(experience.name());
			if (!SPLIT.contains(experience) && ExperienceAnalysis.estimable(table, column, followUp)) {
				terms.add(experience.name());
				columns.add(table.firstDay()[column]);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Experience experience : SPLIT) {
			double[] rest = null;
			for (Map.Entry<String, double[]> value : exposures.get(experience).entrySet()) {
				int[] counted = counted(table, value.getValue(), followUp);
				if (counted[1] >= ENOUGH_DEPARTURES) {
					terms.add(term(experience, value.getKey()));
					columns.add(value.getValue());
				}
				else {
					rows.add(new Row(experience, value.getKey().isEmpty() ? null : value.getKey(), null, counted[0], counted[1]));
					rest = earliest(rest, value.getValue());
				}
			}
			if (rest != null && counted(table, rest, followUp)[1] > 0) {
				terms.add(term(experience, REST));
				columns.add(rest);
			}
		}
		if (terms.stream().noneMatch(term -> term.contains("@"))) {
			return new Breakdown(by, List.copyOf(rows), followUp.customers(), followUp.departures(), clock.instant(),
					"no customer who answered unhappily has left yet");
		}
		CustomerTable split = table.withColumns(columns.toArray(double[][]::new));
		int[] indices = IntStream.range(0, columns.size()).toArray();
		List<Effect> effects = cox.fit(split, indices, terms, followUp);
		for (Effect effect : effects) {
			String[] parts = effect.term().split("@", 2);
			if (parts.length == 2) {
				rows.add(new Row(Experience.valueOf(parts[0]), parts[1].isEmpty() ? null : parts[1], effect, effect.exposed(),
						effect.exposedChurned()));
			}
		}
		rows.sort(Comparator.comparing(Row::experience).thenComparing(row -> row.effect() == null).thenComparing(Row::departures,
				Comparator.reverseOrder()));
		String unavailable = effects.isEmpty() ? "too few customers went through some experiences to estimate their effect" : null;
		return new Breakdown(by, List.copyOf(rows), followUp.customers(), followUp.departures(), clock.instant(), unavailable);
	}

	/** For each split experience and each value, the day of tenure each customer first had it (NaN: never). */
	private Map<Experience, Map<String, double[]>> exposures(CustomerTable table, By by) {
		Map<Experience, FirstExposures> exposures = new EnumMap<>(Experience.class);
		SPLIT.forEach(experience -> exposures.put(experience, new FirstExposures(table, new LinkedHashMap<>())));
		for (UnhappyAnswers.Answer answer : answers.by(by)) {
			exposures.get(answer.experience()).had(answer.value() == null ? "" : answer.value(), answer.customerId(), answer.arrivedSeconds());
		}
		Map<Experience, Map<String, double[]>> firstDays = new EnumMap<>(Experience.class);
		exposures.forEach((experience, first) -> firstDays.put(experience, first.firstDays()));
		return firstDays;
	}

	/** The customers followed who had the exposure during their follow-up, and how many of them left afterwards. */
	static int[] counted(CustomerTable table, double[] firstDay, FollowUp followUp) {
		int[] counted = new int[2];
		for (int i = 0; i < table.size(); i++) {
			if (followUp.includes(i) && firstDay[i] < followUp.exit()[i]) {
				counted[0]++;
				counted[1] += followUp.churned()[i] ? 1 : 0;
			}
		}
		return counted;
	}

	private static double[] earliest(double[] into, double[] firstDay) {
		double[] merged = into != null ? into : firstDay.clone();
		for (int i = 0; i < merged.length; i++) {
			if (Double.isNaN(merged[i]) || firstDay[i] < merged[i]) {
				merged[i] = firstDay[i];
			}
		}
		return merged;
	}

	private static String term(Experience experience, String value) {
		return experience.name() + "@" + value;
	}
}
