package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values worked out by hand (counts) and with an independent calculator (interval). */
class NetPromoterScoreTest {

    @Test
    void countsPromotersPassivesAndDetractors() {
        NetPromoterScore nps = NetPromoterScore.of(new int[] {10, 9, 9, 8, 7, 6, 5, 0, 10, 3});

        assertThat(nps.promoters()).isEqualTo(4);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.detractors()).isEqualTo(4);
        assertThat(nps.score()).isZero();
    }

    @Test
    void waldIntervalOfTheTrinomialDifference() {
        // p = 4/7, d = 1/7: NPS = 300/7, se = 100 sqrt((5/7 - (3/7)^2) / 7)
        NetPromoterScore nps = NetPromoterScore.of(new int[] {10, 10, 10, 9, 8, 7, 2});

        assertThat(nps.score()).isCloseTo(42.857142857142854, within(1e-12));
        assertThat(nps.standardError()).isCloseTo(27.532117475983757, within(1e-12));
        assertThat(nps.lower(0.95)).isCloseTo(-11.104815813911124, within(1e-9));
        assertThat(nps.upper(0.95)).isCloseTo(96.81910152819682, within(1e-9));
    }

    @Test
    void intervalStaysWithinTheScale() {
        NetPromoterScore allPromoters = NetPromoterScore.of(new int[] {10, 9, 10});

        assertThat(allPromoters.score()).isEqualTo(100);
        assertThat(allPromoters.upper(0.95)).isEqualTo(100);
    }

    @Test
    void rejectsAnswersOutsideZeroToTen() {
        assertThatThrownBy(() -> NetPromoterScore.of(new int[] {11})).isInstanceOf(IllegalArgumentException.class);
    }
}
