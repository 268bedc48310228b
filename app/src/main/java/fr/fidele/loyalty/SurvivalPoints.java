package fr.fidele.loyalty;

import fr.fidele.stats.survival.SurvivalCurve;

/**
 * A Kaplan–Meier curve thinned for drawing: at most {@value #MAX_POINTS} steps (always the last),
 * each with its 95% band. The step function is kept exact at the points shown.
 */
public record SurvivalPoints(String group, int customers, int churned, double[] days, double[] survival, double[] lower,
		double[] upper) {

	static final int MAX_POINTS = 200;

	static SurvivalPoints of(String group, SurvivalCurve curve) {
		int n = curve.time().length;
		int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
		int size = n == 0 ? 0 : (n - 1) / step + 1 + ((n - 1) % step == 0 ? 0 : 1);
		double[] days = new double[size];
		double[] survival = new double[size];
		double[] lower = new double[size];
		double[] upper = new double[size];
		int k = 0;
		for (int i = 0; i < n; i += step) {
			copy(curve, i, k++, days, survival, lower, upper);
		}
		if (k < size) {
			copy(curve, n - 1, k, days, survival, lower, upper);
		}
		return new SurvivalPoints(group, curve.subjects(), curve.events(), days, survival, lower, upper);
	}

	private static void copy(SurvivalCurve curve, int from, int to, double[] days, double[] survival, double[] lower,
			double[] upper) {
		days[to] = curve.time()[from];
		survival[to] = curve.surv()[from];
		lower[to] = curve.lower()[from];
		upper[to] = curve.upper()[from];
	}
}
