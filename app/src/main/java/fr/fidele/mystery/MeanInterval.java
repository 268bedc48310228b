package fr.fidele.mystery;

import fr.fidele.stats.math.StudentT;

/**
 * The mean of a few scores with its 95% interval by Student's t (mean ± t<sub>0.975, n−1</sub> · s / √n): a wave holds
 * ten visits or so, where the normal's 1.96 would be too narrow. The interval is undefined (NaN) under two scores.
 */
public record MeanInterval(long n, double mean, double lower, double upper) {

	static MeanInterval of(long n, double sum, double sumOfSquares) {
		if (n == 0) {
			return new MeanInterval(0, Double.NaN, Double.NaN, Double.NaN);
		}
		double mean = sum / n;
		if (n < 2) {
			return new MeanInterval(n, mean, Double.NaN, Double.NaN);
		}
		double sd = Math.sqrt(Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)));
		double half = StudentT.quantile(0.975, n - 1) * sd / Math.sqrt(n);
		return new MeanInterval(n, mean, mean - half, mean + half);
	}
}
