package fr.fidele.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * How an evaluation is scored, the usual weighted scorecard: each applicable criterion earns its weight times its
 * answer's place on its scale ("yes" all of it, "no" none; 4 on a scale of 1 to 5 three quarters), and the score is
 * the weight earned in percent of the weight of the criteria that applied. "Not applicable" takes a criterion out of
 * both. A critical criterion answered "no", or at the bottom of its scale, fails the whole evaluation: its score is 0.
 *
 * @param percent null when no criterion applied
 */
public record EvaluationScore(BigDecimal percent, boolean criticalFailed) {

	public static EvaluationScore of(List<Criterion> criteria, Map<Integer, Integer> answers) {
		double earned = 0;
		double applicable = 0;
		boolean failed = false;
		for (int position = 1; position <= criteria.size(); position++) {
			Integer value = answers.get(position);
			if (value == null) {
				continue;
			}
			Criterion criterion = criteria.get(position - 1);
			applicable += criterion.weight();
			earned += criterion.weight() * (double) (value - criterion.bottom()) / (criterion.top() - criterion.bottom());
			failed |= criterion.critical() && value == criterion.bottom();
		}
		if (failed) {
			return new EvaluationScore(BigDecimal.ZERO.setScale(2), true);
		}
		return new EvaluationScore(applicable == 0 ? null : BigDecimal.valueOf(100 * earned / applicable).setScale(2, RoundingMode.HALF_UP), false);
	}
}
