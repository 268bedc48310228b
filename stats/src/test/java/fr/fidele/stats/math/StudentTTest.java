package fr.fidele.stats.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Student's t against an independent implementation: SciPy 1.17's {@code stats.t.ppf} and {@code stats.t.sf} (Cephes), the
 * values R's {@code qt} and {@code pt} give; df 1 and 2 also have closed forms (tan(π(p − ½)), (2p − 1)√(2 / (4p(1 − p)))).
 */
class StudentTTest {

    @Test
    void theTwoSidedCriticalValuesEqualRsQt() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.70620473617471, within(1e-9));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.302652729749462, within(1e-9));
        assertThat(StudentT.quantile(0.975, 5)).isCloseTo(2.570581835636314, within(1e-9));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262157162798205, within(1e-9));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042272456301238, within(1e-9));
        assertThat(StudentT.quantile(0.995, 10)).isCloseTo(3.16927267261695, within(1e-9));
    }

    @Test
    void theUpperTailEqualsRsPt() {
        assertThat(StudentT.upperTail(2.0, 10)).isCloseTo(0.03669401738537018, within(1e-12));
        assertThat(StudentT.upperTail(0, 7)).isCloseTo(0.5, within(1e-15));
    }
}
