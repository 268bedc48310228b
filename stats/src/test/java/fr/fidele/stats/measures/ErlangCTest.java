package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from R with an independent formula: Erlang B = dpois(N, A) / ppois(N, A),
 * C = N B / (N − A (1 − B)), ASA = C AHT / (N − A), SL = 1 − C exp(−(N − A) T / AHT), agents by a linear search.
 */
class ErlangCTest {

    @Test
    void smallCenter() {
        assertThat(ErlangC.erlangB(12, 10)).isCloseTo(0.119739188444825173, within(1e-14));
        assertThat(ErlangC.probabilityOfWaiting(12, 10)).isCloseTo(0.449388224298271022, within(1e-14));
        assertThat(ErlangC.averageSpeedOfAnswer(12, 10, 180)).isCloseTo(40.444940186844391405, within(1e-11));
        assertThat(ErlangC.serviceLevel(12, 10, 180, 20)).isCloseTo(0.640158040374006365, within(1e-14));
        assertThat(ErlangC.agentsNeeded(10, 180, 20, 0.8)).isEqualTo(14);
    }

    @Test
    void hundredsOfAgentsStayFinite() {
        assertThat(ErlangC.erlangB(300, 280)).isCloseTo(0.012892052026519753, within(1e-14));
        assertThat(ErlangC.probabilityOfWaiting(300, 280)).isCloseTo(0.163814169292920198, within(1e-13));
        assertThat(ErlangC.agentsNeeded(250, 300, 20, 0.9)).isEqualTo(265);
    }

    @Test
    void overloadedQueueNeverAnswersInTime() {
        assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1);
        assertThat(ErlangC.averageSpeedOfAnswer(9, 10, 180)).isInfinite();
        assertThat(ErlangC.serviceLevel(9, 10, 180, 20)).isZero();
    }
}
