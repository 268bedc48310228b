package fr.fidele.stats.survival;

/**
 * One Kaplan–Meier curve (one stratum): a row per distinct time with an event or a censoring, as R's
 * {@code survfit} object holds it. Arrays are owned by the curve; do not modify them.
 *
 * @param label    stratum label as R names it ({@code column=value}), empty when there are no strata
 * @param subjects number of subjects in the stratum
 * @param time     distinct times, ascending
 * @param nRisk    number at risk just before each time
 * @param nEvent   number of events at each time
 * @param nCensor  number censored at each time
 * @param surv     survival just after each time
 * @param stdErr   standard error of the cumulative hazard (Greenwood), R's {@code std.err}; infinite once surv is 0
 * @param lower    lower confidence bound (NaN where R reports NA)
 * @param upper    upper confidence bound (NaN where R reports NA)
 */
public record SurvivalCurve(String label, int subjects, double[] time, int[] nRisk, int[] nEvent, int[] nCensor,
                            double[] surv, double[] stdErr, double[] lower, double[] upper) {

    /** Tolerance R's print.survfit uses to decide that a curve sits exactly on 0.5. */
    private static final double HALF_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    /** Total number of events. */
    public int events() {
        int total = 0;
        for (int d : nEvent) {
            total += d;
        }
        return total;
    }

    /** Median survival (NaN when the curve never reaches 0.5), by R's rule: see {@link #medianOf(double[])}. */
    public double median() {
        return medianOf(surv);
    }

    /** Lower confidence bound of the median: where the lower band first reaches 0.5. */
    public double medianLower() {
        return medianOf(lower);
    }

    /** Upper confidence bound of the median: where the upper band first reaches 0.5. */
    public double medianUpper() {
        return medianOf(upper);
    }

    /**
     * First time a curve drops to 0.5 or below, following R ({@code survival:::survmean}'s {@code minmin}):
     * values within sqrt(machine epsilon) of 0.5 count as 0.5, and when the curve lies exactly on 0.5 the median is the
     * midpoint between that time and the next time the curve drops further (as for an even sample).
     */
    private double medianOf(double[] curve) {
        int first = -1;
        for (int i = 0; i < curve.length; i++) {
            if (!Double.isNaN(curve[i]) && curve[i] < 0.5 + HALF_TOLERANCE) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Double.NaN;
        }
        if (Math.abs(curve[first] - 0.5) < HALF_TOLERANCE) {
            for (int i = first + 1; i < curve.length; i++) {
                if (!Double.isNaN(curve[i]) && curve[i] < curve[first]) {
                    return (time[first] + time[i]) / 2;
                }
            }
        }
        return time[first];
    }

    /**
     * Restricted mean survival time up to {@code horizon} and its standard error, as {@code print(fit, rmean = tau)}.
     *
     * @param horizon   the horizon tau
     * @param startTime start of the integration, R's {@code min(0, all times)}
     */
    public RestrictedMean restrictedMean(double horizon, double startTime) {
        int kept = 0;
        while (kept < time.length && time[kept] <= horizon) {
            kept++;
        }
        // Rectangles of the step function: width from the previous time, height of the curve before this time.
        double[] rectangle = new double[kept + 1];
        double previousTime = startTime;
        double previousSurv = 1;
        for (int i = 0; i <= kept; i++) {
            double t = i < kept ? time[i] : horizon;
            rectangle[i] = (t - previousTime) * previousSurv;
            previousTime = t;
            previousSurv = i < kept ? surv[i] : previousSurv;
        }
        double mean = startTime;
        for (double r : rectangle) {
            mean += r;
        }
        // Variance: for each event time, its hazard increment times the squared area beyond it.
        double variance = 0;
        double areaBeyond = 0;
        for (int i = kept - 1; i >= 0; i--) {
            areaBeyond += rectangle[i + 1];
            int survivors = nRisk[i] - nEvent[i];
            double hazardIncrement = survivors == 0 ? 0 : nEvent[i] / ((double) nRisk[i] * survivors);
            variance += areaBeyond * areaBeyond * hazardIncrement;
        }
        return new RestrictedMean(horizon, mean, Math.sqrt(variance));
    }
}
