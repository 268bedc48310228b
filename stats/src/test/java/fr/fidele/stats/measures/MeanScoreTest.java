package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The mean and its normal interval from the sums a database gives, against values computed apart (Python's
 * {@code statistics.mean} and {@code statistics.stdev}, z = 1.959963984540054) for the answers 7, 6, 6, 5, 5, 5, 4, 3,
 * 7, 2 on the effort scale.
 */
class MeanScoreTest {

    @Test
    void meanAndIntervalOfEffortAnswers() {
        int[] answers = {7, 6, 6, 5, 5, 5, 4, 3, 7, 2};
        long sum = 0;
        long squares = 0;
        for (int answer : answers) {
            sum += answer;
            squares += (long) answer * answer;
        }
        MeanScore effort = new MeanScore(answers.length, sum, squares);

        assertThat(effort.mean()).isEqualTo(5.0);
        assertThat(effort.standardDeviation()).isCloseTo(1.632993161855452, within(1e-12));
        assertThat(effort.lower(0.95)).isCloseTo(3.9878789504946717, within(1e-9));
        assertThat(effort.upper(0.95)).isCloseTo(6.012121049505328, within(1e-9));
        assertThat(SurveyScores.customerEffort(answers)).as("the same mean as the plain measure").isEqualTo(effort.mean());
    }

    @Test
    void tooFewAnswersHaveNoSpread() {
        assertThat(new MeanScore(0, 0, 0).mean()).isNaN();
        assertThat(new MeanScore(1, 4, 16).standardDeviation()).isNaN();
        assertThat(new MeanScore(1, 4, 16).lower(0.95)).isNaN();
    }
}
