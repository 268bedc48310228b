package fr.fidele.stats.survival;

import java.io.Serializable;

/**
 * Places times among a stratum's event times ({@link TimeSums#lastAtOrBefore}) for millions of rows: the range of the
 * event times is cut into as many equal buckets as there are times, each knowing the answer at its lower edge, so a
 * row's answer is that of its bucket moved by a step or two — where a binary search takes a dozen steps whose
 * branches the processor cannot predict. Event times spread over days put about one in each bucket; times bunched
 * anywhere only make the steps longer, never the answer different (it is corrected in both directions). Serializable:
 * the Spark job ships each stratum's lookup to the executors that place their rows.
 */
public final class EventTimeLookup implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] ascending;
    private final double first;
    private final double bucketsPerUnit;
    private final int[] atBucketStart;

    public EventTimeLookup(double[] ascending) {
        this.ascending = ascending;
        int n = ascending.length;
        this.first = n == 0 ? 0 : ascending[0];
        double span = n == 0 ? 0 : ascending[n - 1] - first;
        this.bucketsPerUnit = span > 0 ? n / span : 0;
        this.atBucketStart = new int[Math.max(1, n)];
        int k = 0;
        for (int b = 0; b < atBucketStart.length; b++) {
            double edge = first + b / bucketsPerUnit;
            while (k < n && ascending[k] <= edge) {
                k++;
            }
            atBucketStart[b] = k - 1;
        }
    }

    /** The index of the last event time at or before {@code t}, -1 when every one is after it. */
    public int lastAtOrBefore(double t) {
        int n = ascending.length;
        if (n == 0 || t < first) {
            return -1;
        }
        if (t >= ascending[n - 1]) {
            return n - 1;
        }
        int k = atBucketStart[(int) Math.min(atBucketStart.length - 1, (t - first) * bucketsPerUnit)];
        while (k + 1 < n && ascending[k + 1] <= t) {
            k++;
        }
        while (k >= 0 && ascending[k] > t) {
            k--;
        }
        return k;
    }

    /** How many event times there are. */
    public int size() {
        return ascending.length;
    }

    /** The event time at {@code index}, in ascending order. */
    public double time(int index) {
        return ascending[index];
    }
}
