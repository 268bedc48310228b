package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Wilson score interval against the published worked examples of Newcombe (1998), "Two-sided confidence intervals
 * for the single proportion: comparison of seven methods", Statistics in Medicine 17, Table II, method 3 (score
 * interval without continuity correction), given there to four decimals.
 */
class ProportionTest {

    @Test
    void wilsonIntervalsOfNewcombesExamples() {
        assertInterval(new Proportion(81, 263), 0.2553, 0.3662);
        assertInterval(new Proportion(15, 148), 0.0624, 0.1605);
        assertInterval(new Proportion(0, 20), 0.0000, 0.1611);
        assertInterval(new Proportion(1, 29), 0.0061, 0.1718);
    }

    @Test
    void allAnswersSatisfiedStillLeavesRoomBelow() {
        Proportion all = new Proportion(10, 10);

        assertThat(all.upper(0.95)).isEqualTo(1.0);
        assertThat(all.lower(0.95)).isCloseTo(0.7225, within(5e-5));
    }

    @Test
    void noAnswersHasNoInterval() {
        assertThat(new Proportion(0, 0).lower(0.95)).isNaN();
        assertThat(new Proportion(0, 0).upper(0.95)).isNaN();
    }

    private static void assertInterval(Proportion share, double lower, double upper) {
        assertThat(share.lower(0.95)).as("lower of %s", share).isCloseTo(lower, within(5e-5));
        assertThat(share.upper(0.95)).as("upper of %s", share).isCloseTo(upper, within(5e-5));
    }
}
