package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fidele.stats.measures.CallRecords.AbandonedCalls;
import org.junit.jupiter.api.Test;

class CallRecordsTest {

    // Six answered calls (waits 5, 10, 20, 25, 40, 60 s) and four abandons (waits 2, 4, 30, 90 s).
    private final CallRecords calls = new CallRecords(
            new boolean[] {true, true, true, true, true, true, false, false, false, false},
            new double[] {5, 10, 20, 25, 40, 60, 2, 4, 30, 90},
            new double[] {300, 200, 400, 100, 500, 300, 0, 0, 0, 0});

    @Test
    void abandonmentRateExcludesShortAbandonsFromBothSides() {
        assertThat(calls.abandonmentRate(0)).isEqualTo(new Proportion(4, 10));
        assertThat(calls.abandonmentRate(5)).isEqualTo(new Proportion(2, 8));
    }

    @Test
    void serviceLevelVariants() {
        // answered within 20 s: 3 calls
        assertThat(calls.serviceLevel(20, AbandonedCalls.EXCLUDED, 5)).isEqualTo(new Proportion(3, 6));
        assertThat(calls.serviceLevel(20, AbandonedCalls.COUNTED_AS_MISSED, 5)).isEqualTo(new Proportion(3, 10));
        assertThat(calls.serviceLevel(20, AbandonedCalls.SHORT_ABANDONS_EXCLUDED, 5)).isEqualTo(new Proportion(3, 8));
    }

    @Test
    void averageHandleTimeOfAnsweredCalls() {
        assertThat(calls.averageHandleTime()).isEqualTo(300);
    }
}
