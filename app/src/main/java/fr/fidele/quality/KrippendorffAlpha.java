package fr.fidele.quality;

import java.util.Arrays;

/**
 * Krippendorff's alpha, the agreement of several coders beyond chance, with missing values, by the coincidence
 * matrix (K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011): α = 1 − D<sub>o</sub> / D<sub>e</sub>,
 * the disagreement observed within units against the disagreement expected from all the values pooled. Units with
 * fewer than two values are not pairable and left out. 1 is perfect agreement, 0 no better than chance; Krippendorff
 * asks for α ≥ 0.800, and accepts 0.667 for tentative conclusions.
 */
public final class KrippendorffAlpha {

	/** Reliable data: Krippendorff's customary requirement. */
	public static final double RELIABLE = 0.800;
	/** The lowest acceptable for tentative conclusions. */
	public static final double TENTATIVE = 0.667;

	/** How far apart two values are: the metric of the data's level of measurement. */
	public enum Metric {
		/** Categories: two values differ or they do not (yes / no). */
		NOMINAL,
		/** Ranks (a scale of 1 to 5): the distance counts the values between them, as the coders used them. */
		ORDINAL,
		/** Differences are meaningful (a score in percent). */
		INTERVAL,
		/** Ratios are meaningful, with an absolute zero. */
		RATIO
	}

	private KrippendorffAlpha() {
	}

	/**
	 * The alpha of {@code values[unit][coder]}, a missing value being {@code NaN}; NaN when fewer than two values are
	 * pairable or when all the values are the same (no disagreement to expect).
	 */
	public static double of(double[][] values, Metric metric) {
		double[] distinct = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
		int k = distinct.length;
		double[][] coincidences = new double[k][k];
		for (double[] unit : values) {
			int[] present = Arrays.stream(unit).filter(v -> !Double.isNaN(v)).mapToInt(v -> Arrays.binarySearch(distinct, v)).toArray();
			int m = present.length;
			if (m < 2) {
				continue;
			}
			for (int i = 0; i < m; i++) {
				for (int j = 0; j < m; j++) {
					if (i != j) {
						coincidences[present[i]][present[j]] += 1.0 / (m - 1);
					}
				}
			}
		}
		double[] marginals = new double[k];
		double n = 0;
		for (int c = 0; c < k; c++) {
			marginals[c] = Arrays.stream(coincidences[c]).sum();
			n += marginals[c];
		}
		if (n < 2) {
			return Double.NaN;
		}
		double observed = 0;
		double expected = 0;
		for (int c = 0; c < k; c++) {
			for (int d = 0; d < k; d++) {
				double distance = distance(metric, distinct, marginals, c, d);
				observed += coincidences[c][d] * distance;
				expected += marginals[c] * marginals[d] * distance;
			}
		}
		return expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
	}

	/** The squared difference δ² between the {@code c}-th and {@code d}-th distinct values. */
	private static double distance(Metric metric, double[] distinct, double[] marginals, int c, int d) {
		if (c == d) {
			return 0;
		}
		double a = distinct[c];
		double b = distinct[d];
		return switch (metric) {
			case NOMINAL -> 1;
			case INTERVAL -> (a - b) * (a - b);
			case RATIO -> Math.pow((a - b) / (a + b), 2);
			case ORDINAL -> {
				int low = Math.min(c, d);
				int high = Math.max(c, d);
				double between = 0;
				for (int g = low; g <= high; g++) {
					between += marginals[g];
				}
				between -= (marginals[low] + marginals[high]) / 2;
				yield between * between;
			}
		};
	}
}
