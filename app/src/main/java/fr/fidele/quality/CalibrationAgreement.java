package fr.fidele.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import fr.fidele.quality.CalibrationReport.Agreement;
import fr.fidele.quality.CalibrationReport.ContactSpread;
import fr.fidele.quality.CalibrationReport.CriterionAgreement;
import fr.fidele.quality.KrippendorffAlpha.Metric;
import org.springframework.stereotype.Component;

/**
 * A calibration's report from its evaluations: the units are the contacts, the coders the evaluators; the scores'
 * alpha is on the interval metric (a percent), a scale criterion's on the ordinal, a yes / no criterion's on the
 * nominal.
 */
@Component
class CalibrationAgreement {

	CalibrationReport of(Calibration calibration, Grid grid, List<Evaluation> scored) {
		List<Long> contacts = calibration.contactIds();
		List<Long> evaluators = calibration.evaluatorIds();
		Map<Long, Map<Long, Evaluation>> byContact = new HashMap<>();
		scored.forEach(e -> byContact.computeIfAbsent(e.contactId(), c -> new HashMap<>()).put(e.evaluatorId(), e));
		double[][] scores = table(contacts, evaluators, byContact, e -> e.score() == null ? Double.NaN : e.score().doubleValue());
		Agreement overall = agreement(scores, Metric.INTERVAL);
		List<CriterionAgreement> criteria = new ArrayList<>();
		for (int position = 1; position <= grid.criteria().size(); position++) {
			int p = position;
			Criterion criterion = grid.criteria().get(position - 1);
			double[][] answers = table(contacts, evaluators, byContact, e -> value(e, p));
			Metric metric = criterion.kind() == CriterionKind.SCALE ? Metric.ORDINAL : Metric.NOMINAL;
			criteria.add(new CriterionAgreement(position, criterion, agreement(answers, metric), diverging(answers)));
		}
		List<ContactSpread> spreads = new ArrayList<>();
		for (long contact : contacts) {
			Map<Long, BigDecimal> byEvaluator = new TreeMap<>();
			byContact.getOrDefault(contact, Map.of()).forEach((evaluator, e) -> byEvaluator.put(evaluator, e.score()));
			List<BigDecimal> values = byEvaluator.values().stream().filter(Objects::nonNull).toList();
			BigDecimal spread = values.size() < 2 ? null
					: values.stream().max(Comparator.naturalOrder()).orElseThrow().subtract(values.stream().min(Comparator.naturalOrder()).orElseThrow());
			spreads.add(new ContactSpread(contact, byEvaluator, spread));
		}
		spreads.sort(Comparator.comparing(ContactSpread::spread, Comparator.nullsLast(Comparator.reverseOrder())));
		return new CalibrationReport(calibration, grid, scored.size(), contacts.size() * evaluators.size(), overall, criteria, spreads);
	}

	private static Agreement agreement(double[][] table, Metric metric) {
		int values = 0;
		for (double[] unit : table) {
			long present = java.util.Arrays.stream(unit).filter(v -> !Double.isNaN(v)).count();
			values += present >= 2 ? present : 0;
		}
		return new Agreement(KrippendorffAlpha.of(table, metric), metric, values);
	}

	/** Contacts where at least two evaluators answered and not all alike. */
	private static int diverging(double[][] table) {
		int diverging = 0;
		for (double[] unit : table) {
			Set<Double> answers = new HashSet<>();
			java.util.Arrays.stream(unit).filter(v -> !Double.isNaN(v)).forEach(answers::add);
			diverging += answers.size() > 1 ? 1 : 0;
		}
		return diverging;
	}

	private static double[][] table(List<Long> contacts, List<Long> evaluators, Map<Long, Map<Long, Evaluation>> byContact,
			java.util.function.ToDoubleFunction<Evaluation> value) {
		double[][] table = new double[contacts.size()][evaluators.size()];
		for (int u = 0; u < contacts.size(); u++) {
			Map<Long, Evaluation> scores = byContact.getOrDefault(contacts.get(u), Map.of());
			for (int c = 0; c < evaluators.size(); c++) {
				Evaluation e = scores.get(evaluators.get(c));
				table[u][c] = e == null ? Double.NaN : value.applyAsDouble(e);
			}
		}
		return table;
	}

	private static double value(Evaluation evaluation, int position) {
		return evaluation.answers().stream().filter(a -> a.position() == position && a.value() != null).mapToDouble(Answer::value).findFirst()
			.orElse(Double.NaN);
	}
}
