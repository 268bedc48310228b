package fr.fidele.stats.survival;

import fr.fidele.stats.math.IndexSort;
import java.util.Arrays;

/**
 * R's {@code aeqSurv}: replaces every time by the first time of its chain of near-ties (see {@link TimeFix}).
 * The replacement keeps the order of the times, so an order computed on the original times stays valid. The
 * merge depends only on the distinct times: a caller holding those alone (a cluster's driver) merges them the same way.
 */
public final class NearTies {

    /** R's default tolerance, {@code sqrt(.Machine$double.eps)}. */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private NearTies() {
    }

    /**
     * Merges near-ties in place.
     *
     * @param ascending times in ascending order
     * @return whether any time changed
     */
    public static boolean mergeSorted(double[] ascending) {
        int n = ascending.length;
        if (n == 0) {
            return false;
        }
        double sum = Math.abs(ascending[0]);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (ascending[i] != ascending[i - 1]) {
                sum += Math.abs(ascending[i]);
                distinct++;
            }
        }
        double mean = sum / distinct;
        boolean changed = false;
        double head = ascending[0];
        double previous = head;
        for (int i = 1; i < n; i++) {
            double t = ascending[i];
            if (t != previous) {
                double gap = t - previous;
                previous = t;
                if (gap > TOLERANCE && gap / mean > TOLERANCE) {
                    head = t;
                } else {
                    changed = true;
                }
            }
            ascending[i] = head;
        }
        return changed;
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
        double[] merged = merge(pooled);
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

    /**
     * Times in any order with near-ties merged.
     *
     * @return {@code times} itself when no time changes, else a merged copy
     */
    static double[] merge(double[] times) {
        // Most data have no near-ties: the values alone sorted tell, on the caller's thread, before any order is kept.
        double[] values = times.clone();
        Arrays.sort(values);
        if (!mergeSorted(values)) {
            return times;
        }
        IndexSort.SortedKeys sorted = IndexSort.sortedByKey(times);
        mergeSorted(sorted.key());
        double[] merged = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            merged[sorted.order()[i]] = sorted.key()[i];
        }
        return merged;
    }
}
