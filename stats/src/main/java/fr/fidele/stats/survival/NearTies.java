package fr.fidele.stats.survival;

import fr.fidele.stats.math.IndexSort;

/**
 * R's {@code aeqSurv}: replaces every time by the first time of its chain of near-ties (see {@link TimeFix}).
 * The replacement keeps the order of the times, so an order computed on the original times stays valid.
 */
final class NearTies {

    /** R's default tolerance, {@code sqrt(.Machine$double.eps)}. */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private NearTies() {
    }

    /**
     * Times with near-ties merged.
     *
     * @param time      one time per row
     * @param ascending rows ordered by ascending time
     * @return {@code time} itself when no times are merged, else a new array
     */
    static double[] merge(double[] time, int[] ascending) {
        int n = ascending.length;
        if (n == 0) {
            return time;
        }
        double sum = 0;
        int distinct = 0;
        double previous = Double.NaN;
        for (int row : ascending) {
            double t = time[row];
            if (t != previous) {
                sum += Math.abs(t);
                distinct++;
                previous = t;
            }
        }
        double mean = sum / distinct;
        double[] merged = null;
        double head = time[ascending[0]];
        previous = head;
        for (int i = 1; i < n; i++) {
            int row = ascending[i];
            double t = time[row];
            if (t != previous) {
                double gap = t - previous;
                previous = t;
                if (gap > TOLERANCE && gap / mean > TOLERANCE) {
                    head = t;
                    continue;
                }
                if (merged == null) {
                    merged = time.clone();
                }
            }
            if (merged != null) {
                merged[row] = head;
            }
        }
        return merged == null ? time : merged;
    }

    /**
     * Entry and exit times of counting-process rows with near-ties merged over the pooled entry and exit times, as
     * {@code aeqSurv} does for {@code Surv(start, stop, event)}.
     *
     * @return {@code {start, stop}} after merging
     * @throws IllegalArgumentException when a row's interval would shrink to nothing, as R refuses it
     */
    static double[][] merge(double[] start, double[] stop) {
        int n = stop.length;
        double[] pooled = new double[2 * n];
        System.arraycopy(start, 0, pooled, 0, n);
        System.arraycopy(stop, 0, pooled, n, n);
        double[] merged = merge(pooled, IndexSort.ascending(pooled));
        if (merged == pooled) {
            return new double[][] {start, stop};
        }
        double[] newStart = new double[n];
        double[] newStop = new double[n];
        System.arraycopy(merged, 0, newStart, 0, n);
        System.arraycopy(merged, n, newStop, 0, n);
        for (int i = 0; i < n; i++) {
            if (newStart[i] == newStop[i]) {
                throw new IllegalArgumentException("row " + (i + 1) + ": start and stop times are near-ties, "
                        + "the interval would have length 0 (as R's aeqSurv, use no time fix to keep it)");
            }
        }
        return new double[][] {newStart, newStop};
    }
}
