package fr.fidele.stats.survival;

import fr.fidele.stats.math.Distributions;
import fr.fidele.stats.math.IndexSort;
import java.util.ArrayList;
import java.util.List;

/**
 * Kaplan–Meier estimator by strata, equal to R's {@code survfit(Surv(time, status) ~ strata)}: one sort, then one
 * pass over the sorted subjects (O(n log n) overall, O(n) after sorting).
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /**
     * Fits one curve per stratum that has subjects, in stratum-code order, merging near-tied times first as R does
     * by default ({@link TimeFix#ON}).
     *
     * @param data            survival data
     * @param confidenceType  type of the pointwise confidence interval
     * @param confidenceLevel level of the interval, e.g. 0.95
     * @return curves, one per non-empty stratum
     */
    public static List<SurvivalCurve> fit(SurvivalData data, ConfidenceType confidenceType, double confidenceLevel) {
        return fit(data, confidenceType, confidenceLevel, TimeFix.ON);
    }

    /**
     * Fits one curve per stratum that has subjects, in stratum-code order.
     *
     * @param data            survival data
     * @param confidenceType  type of the pointwise confidence interval
     * @param confidenceLevel level of the interval, e.g. 0.95
     * @param timeFix         whether near-tied times are merged first (R's {@code timefix})
     * @return curves, one per non-empty stratum
     */
    public static List<SurvivalCurve> fit(SurvivalData data, ConfidenceType confidenceType, double confidenceLevel,
                                          TimeFix timeFix) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + confidenceLevel);
        }
        double z = Distributions.normalQuantile(1 - (1 - confidenceLevel) / 2);
        IndexSort.SortedKeys sorted = data.sort(timeFix);
        int[] order = sorted.order();
        List<SurvivalCurve> curves = new ArrayList<>();
        int begin = 0;
        while (begin < order.length) {
            int stratum = data.stratumOf(order[begin]);
            int end = begin;
            while (end < order.length && data.stratumOf(order[end]) == stratum) {
                end++;
            }
            curves.add(curve(sorted.key(), data.event(), order, begin, end, data.strataLabels().get(stratum),
                    confidenceType, z));
            begin = end;
        }
        return curves;
    }

    /** One curve from the subjects at positions [begin, end); {@code time} is indexed by position. */
    private static SurvivalCurve curve(double[] time, boolean[] event, int[] order, int begin, int end, String label,
                                       ConfidenceType confidenceType, double z) {
        int capacity = distinctTimes(time, begin, end);
        double[] times = new double[capacity];
        int[] nRisk = new int[capacity];
        int[] nEvent = new int[capacity];
        int[] nCensor = new int[capacity];
        double[] surv = new double[capacity];
        double[] stdErr = new double[capacity];
        double[] lower = new double[capacity];
        double[] upper = new double[capacity];
        int atRisk = end - begin;
        double survival = 1;
        double greenwood = 0;
        int row = 0;
        for (int i = begin; i < end; ) {
            double t = time[i];
            int events = 0;
            int censored = 0;
            while (i < end && time[i] == t) {
                if (event[order[i]]) {
                    events++;
                } else {
                    censored++;
                }
                i++;
            }
            if (events > 0) {
                survival *= (atRisk - events) / (double) atRisk;
                // Greenwood on the cumulative-hazard scale; infinite when everyone left at risk has the event, as in R.
                greenwood += atRisk == events ? Double.POSITIVE_INFINITY
                        : events / ((double) atRisk * (atRisk - events));
            }
            times[row] = t;
            nRisk[row] = atRisk;
            nEvent[row] = events;
            nCensor[row] = censored;
            surv[row] = survival;
            stdErr[row] = Math.sqrt(greenwood);
            lower[row] = confidenceType.lower(survival, stdErr[row], z);
            upper[row] = confidenceType.upper(survival, stdErr[row], z);
            atRisk -= events + censored;
            row++;
        }
        return new SurvivalCurve(label, end - begin, times, nRisk, nEvent, nCensor, surv, stdErr, lower, upper);
    }

    private static int distinctTimes(double[] time, int begin, int end) {
        int count = 0;
        for (int i = begin; i < end; i++) {
            if (i == begin || time[i] != time[i - 1]) {
                count++;
            }
        }
        return count;
    }

    /** Restricted mean of each curve up to {@code horizon}, integrating from R's start time {@code min(0, times)}. */
    public static List<RestrictedMean> restrictedMeans(SurvivalData data, List<SurvivalCurve> curves, double horizon) {
        double start = data.startTime();
        return curves.stream().map(c -> c.restrictedMean(horizon, start)).toList();
    }

    /** R's default horizon for restricted means across strata ({@code rmean = "common"}): the largest time. */
    public static double commonHorizon(List<SurvivalCurve> curves) {
        return curves.stream().mapToDouble(c -> c.time().length == 0 ? Double.NEGATIVE_INFINITY
                : c.time()[c.time().length - 1]).max().orElse(Double.NaN);
    }
}
