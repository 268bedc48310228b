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
		return of(group, curve.subjects(), curve.events(), curve.time(), curve.surv(), curve.lower(), curve.upper());
	}

	/** The points of a curve given by its steps: {@code time}, and the survival and its band just after each. */
	static SurvivalPoints of(String group, int customers, int churned, double[] time, double[] surv, double[] low,
			double[] high) {
		int n = time.length;
		int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
		int size = n == 0 ? 0 : (n - 1) / step + 1 + ((n - 1) % step == 0 ? 0 : 1);
		SurvivalPoints points = new SurvivalPoints(group, customers, churned, new double[size], new double[size],
				new double[size], new double[size]);
		int k = 0;
		for (int i = 0; i < n; i += step) {
			points.copy(k++, time[i], surv[i], low[i], high[i]);
		}
		if (k < size) {
			points.copy(k, time[n - 1], surv[n - 1], low[n - 1], high[n - 1]);
		}
		return points;
	}

	private void copy(int to, double time, double surv, double low, double high) {
		days[to] = time;
		survival[to] = surv;
		lower[to] = low;
		upper[to] = high;
	}
}
