package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurveyScoresTest {

    @Test
    void csatIsTheShareOfFoursAndFives() {
        Proportion csat = SurveyScores.customerSatisfaction(new int[] {5, 4, 3, 1, 5, 2, 4, 4});

        assertThat(csat.numerator()).isEqualTo(5);
        assertThat(csat.denominator()).isEqualTo(8);
        assertThat(csat.percent()).isEqualTo(62.5);
    }

    @Test
    void cesIsTheMeanOnOneToSeven() {
        assertThat(SurveyScores.customerEffort(new int[] {7, 6, 5, 1})).isEqualTo(4.75);
        assertThat(SurveyScores.customerEffort(new int[0])).isNaN();
    }

    @Test
    void rejectsAnswersOutsideTheScale() {
        assertThatThrownBy(() -> SurveyScores.customerSatisfaction(new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyScores.customerEffort(new int[] {8}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
