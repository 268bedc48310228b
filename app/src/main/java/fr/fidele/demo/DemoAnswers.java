package fr.fidele.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.quality.Criterion;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.EvaluationScore;
import fr.fidele.quality.Grid;
import fr.fidele.quality.Skill;

/**
 * The answers of a demo evaluation: drawn around the advisor's level (the rushed advisor low on behaviour and calm),
 * again until they score as the simulation drew — well (at or above the pass mark, no critical failure) or not; after
 * fifty draws, the top or the bottom of every scale.
 */
final class DemoAnswers {

	private static final int TRIES = 50;

	private DemoAnswers() {
	}

	static List<Integer> scoring(Grid grid, boolean well, double level, boolean rushed, SplittableRandom random) {
		for (int i = 0; i < TRIES; i++) {
			List<Integer> values = drawn(grid, level, rushed && !well, random);
			if (scoresWell(grid, values) == well) {
				return values;
			}
		}
		return grid.criteria().stream().map(c -> well ? top(c) : (c.kind() == CriterionKind.YES_NO ? 0 : 1)).toList();
	}

	private static List<Integer> drawn(Grid grid, double level, boolean rushed, SplittableRandom random) {
		List<Integer> values = new ArrayList<>();
		for (Criterion c : grid.criteria()) {
			// the advisor who hangs up on customers to keep calls short greets little and keeps calm less
			double own = rushed && (c.skill() == Skill.BEHAVIOUR || c.skill() == Skill.STRESS) ? EvaluatedContacts.RUSHED_LEVEL : level;
			values.add(c.kind() == CriterionKind.YES_NO ? (random.nextDouble() < (c.critical() ? 0.97 : own) ? 1 : 0)
					: (int) Math.max(1, Math.min(c.scaleMax(), Math.round(1 + (c.scaleMax() - 1) * own + 0.8 * random.nextGaussian()))));
		}
		return values;
	}

	static boolean scoresWell(Grid grid, List<Integer> values) {
		Map<Integer, Integer> answers = new HashMap<>();
		for (int p = 1; p <= values.size(); p++) {
			answers.put(p, values.get(p - 1));
		}
		EvaluationScore score = EvaluationScore.of(grid.criteria(), answers);
		return !score.criticalFailed() && score.percent() != null && score.percent().doubleValue() >= grid.passMark();
	}

	private static int top(Criterion c) {
		return c.kind() == CriterionKind.YES_NO ? 1 : c.scaleMax();
	}
}
