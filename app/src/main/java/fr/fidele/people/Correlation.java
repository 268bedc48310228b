package fr.fidele.people;

/**
 * Pearson's correlation of paired values with its 95% interval by Fisher's z transformation (as R's
 * {@code cor.test}): z = atanh(r), standard error 1 / √(n − 3), the interval tanh(z ± 1.96 · se). Undefined (NaN)
 * under four pairs or without spread.
 */
public record Correlation(double r, double lower, double upper, int pairs) {

	private static final double Z_95 = 1.959963984540054;

	public static Correlation of(double[] x, double[] y) {
		int n = x.length;
		if (n < 4) {
			return new Correlation(Double.NaN, Double.NaN, Double.NaN, n);
		}
		double mx = 0;
		double my = 0;
		for (int i = 0; i < n; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < n; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		if (sxx == 0 || syy == 0) {
			return new Correlation(Double.NaN, Double.NaN, Double.NaN, n);
		}
		double r = sxy / Math.sqrt(sxx * syy);
		double z = 0.5 * Math.log((1 + r) / (1 - r));
		double se = 1 / Math.sqrt(n - 3);
		return new Correlation(r, Math.tanh(z - Z_95 * se), Math.tanh(z + Z_95 * se), n);
	}
}
