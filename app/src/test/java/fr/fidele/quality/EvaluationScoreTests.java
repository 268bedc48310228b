package fr.fidele.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The weighted scorecard, worked by hand: weight earned over the weight of the criteria that applied. */
class EvaluationScoreTests {

	private static final List<Criterion> GRID = List.of(
			new Criterion("Accueil", "Greeting", "Se présente", "Introduces themself", 2, CriterionKind.YES_NO, null, false, null),
			new Criterion("Écoute", "Listening", "Reformule", "Rephrases", 3, CriterionKind.SCALE, 5, false, null),
			new Criterion("Conformité", "Compliance", "Vérifie l'identité", "Checks identity", 5, CriterionKind.YES_NO, null, true, null),
			new Criterion("Conclusion", "Closing", "Propose autre chose", "Offers anything else", 4, CriterionKind.SCALE, 3, false, null));

	private static Map<Integer, Integer> answers(Integer... values) {
		Map<Integer, Integer> answers = new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(i + 1, values[i]);
		}
		return answers;
	}

	@Test
	void eachCriterionEarnsItsWeightTimesItsPlaceOnItsScale() {
		// yes: 2 of 2; 4 on 1–5: 3 × 3/4 = 2.25; yes: 5 of 5; 2 on 1–3: 4 × 1/2 = 2 → 11.25 of 14 = 80.36 %
		assertThat(EvaluationScore.of(GRID, answers(1, 4, 1, 2))).isEqualTo(new EvaluationScore(new BigDecimal("80.36"), false));
	}

	@Test
	void notApplicableLeavesTheCriterionOutOfBothSides() {
		// the scale of 1 to 3 not applicable: 9.25 of 10
		assertThat(EvaluationScore.of(GRID, answers(1, 4, 1, null)).percent()).isEqualByComparingTo("92.50");
		assertThat(EvaluationScore.of(GRID, answers(null, null, null, null)).percent()).isNull();
	}

	@Test
	void aCriticalCriterionAnsweredNoFailsTheWholeEvaluation() {
		assertThat(EvaluationScore.of(GRID, answers(1, 5, 0, 3))).isEqualTo(new EvaluationScore(new BigDecimal("0.00"), true));
		// the bottom of a scale is a failure only where the criterion is critical
		assertThat(EvaluationScore.of(GRID, answers(0, 1, 1, 1))).isEqualTo(new EvaluationScore(new BigDecimal("35.71"), false));
	}
}
