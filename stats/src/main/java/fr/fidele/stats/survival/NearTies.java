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
        // The merge depends on the distinct times alone. A row that starts where the row before it stopped (a
        // follow-up split at the moments its covariates change) brings no time of its own: its start stays out of the
        // pool and takes its predecessor's stop, merged.
        double[] pooled = new double[2 * n];
        System.arraycopy(stop, 0, pooled, 0, n);
        int[] startAt = new int[n];
        int size = n;
        for (int i = 0; i < n; i++) {
            if (i > 0 && start[i] == stop[i - 1]) {
                startAt[i] = i - 1;
            } else {
                startAt[i] = size;
                pooled[size++] = start[i];
            }
        }
        double[] distinctEnough = Arrays.copyOf(pooled, size);
        double[] merged = merge(distinctEnough);
        if (merged == distinctEnough) {
            return new double[][] {start, stop};
        }
        double[] newStart = new double[n];
        double[] newStop = Arrays.copyOf(merged, n);
        for (int i = 0; i < n; i++) {
            newStart[i] = merged[startAt[i]];
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
        // one sort that keeps the order: with millions of times to the second on a clock of years, some are near-ties
        IndexSort.SortedKeys sorted = IndexSort.sortedByKey(times);
        if (!mergeSorted(sorted.key())) {
            return times;
        }
        double[] merged = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            merged[sorted.order()[i]] = sorted.key()[i];
        }
        return merged;
    }
}
