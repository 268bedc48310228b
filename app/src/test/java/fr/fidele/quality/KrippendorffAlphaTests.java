package fr.fidele.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.fidele.quality.KrippendorffAlpha.Metric;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against his own worked example: K. Krippendorff, "Computing Krippendorff's Alpha-Reliability"
 * (2011), section C, four observers, twelve units, values 1 to 5 with missing data; the paper gives α = 0.743
 * (nominal), 0.815 (ordinal), 0.849 (interval) and 0.797 (ratio), the same figures as R's {@code irr::kripp.alpha}
 * on its example {@code nmm}.
 */
class KrippendorffAlphaTests {

	private static final double N = Double.NaN;

	/** The paper's reliability data, one row per unit, one column per observer (A, B, C, D). */
	static final double[][] KRIPPENDORFF_2011 = {
			{ 1, 1, N, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 }, { 2, 2, 2, 2 }, { 1, 2, 3, 4 },
			{ 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { N, 5, 5, 5 }, { N, N, 1, 1 }, { N, 3, N, N } };

	@Test
	void equalsTheWorkedExampleOfKrippendorffForEachMetric() {
		assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
		assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
		assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
		assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
	}

	@Test
	void theIntervalAlphaDoesNotChangeWhenTheValuesAreRescaledAsAScoreInPercent() {
		double[][] percent = new double[KRIPPENDORFF_2011.length][];
		for (int u = 0; u < percent.length; u++) {
			percent[u] = java.util.Arrays.stream(KRIPPENDORFF_2011[u]).map(v -> (v - 1) * 25).toArray();
		}
		assertThat(KrippendorffAlpha.of(percent, Metric.INTERVAL)).isCloseTo(KrippendorffAlpha.of(KRIPPENDORFF_2011, Metric.INTERVAL), within(1e-12));
	}

	@Test
	void perfectAgreementIsOneAndNothingToCompareIsNotANumber() {
		assertThat(KrippendorffAlpha.of(new double[][] { { 1, 1 }, { 2, 2 }, { 3, 3 } }, Metric.INTERVAL)).isEqualTo(1.0);
		// one value per unit: nothing pairable
		assertThat(KrippendorffAlpha.of(new double[][] { { 1, N }, { N, 2 } }, Metric.NOMINAL)).isNaN();
		// everyone gave the same value everywhere: no disagreement to expect
		assertThat(KrippendorffAlpha.of(new double[][] { { 4, 4 }, { 4, 4 } }, Metric.NOMINAL)).isNaN();
	}

	@Test
	void systematicDisagreementIsBelowZero() {
		// two coders who always give opposite answers agree less than chance
		assertThat(KrippendorffAlpha.of(new double[][] { { 0, 1 }, { 1, 0 }, { 0, 1 }, { 1, 0 } }, Metric.NOMINAL)).isNegative();
	}
}
