package fr.fidele.spark;

import java.util.Arrays;
import java.util.List;

/**
 * The value of a given rank among values spread over parts, each part sorted where it is (a task's range), found
 * exactly without bringing them together: each part gives every {@value #STRIDE}th of its values (its sketch), which
 * bound a window of values the rank must fall in; each part then gives how many of its values lie below the window
 * and those inside it, about a stride of each part's (a thousand values a range), which the driver sorts. Two passes
 * over the parts, no shuffle: what a percentile of PostgreSQL's {@code percentile_cont} reads, at any number of
 * values.
 */
final class SpreadValues {

    /** One value of a part's sketch for every this many. */
    static final int STRIDE = 1024;

    private SpreadValues() {
    }

    /** Values {@code 0, STRIDE, 2·STRIDE…} of a sorted part: between two of them lie at most STRIDE − 1 others. */
    static double[] sketch(double[] sorted) {
        double[] sketch = new double[(sorted.length + STRIDE - 1) / STRIDE];
        for (int j = 0; j < sketch.length; j++) {
            sketch[j] = sorted[j * STRIDE];
        }
        return sketch;
    }

    /**
     * The bounds {low, high} of values between which (both included) the value of {@code rank} (from 0, among every
     * part's values) lies, from the parts' sketches: below {@code low} are at most {@code rank} values, and up to
     * {@code high} more than {@code rank}.
     */
    static double[] window(List<double[]> sketches, long rank) {
        double[] candidates = sketches.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        // the largest candidate with at most `rank` values surely below it; the first one has none below
        int lowAt = 0;
        int from = 0;
        int to = candidates.length - 1;
        while (from <= to) {
            int middle = (from + to) >>> 1;
            if (atMostBelow(sketches, candidates[middle]) <= rank) {
                lowAt = middle;
                from = middle + 1;
            } else {
                to = middle - 1;
            }
        }
        // the smallest candidate with more than `rank` values surely at or below it; none: up to the largest value
        double high = Double.POSITIVE_INFINITY;
        from = lowAt;
        to = candidates.length - 1;
        while (from <= to) {
            int middle = (from + to) >>> 1;
            if (atLeastAtOrBelow(sketches, candidates[middle]) > rank) {
                high = candidates[middle];
                to = middle - 1;
            } else {
                from = middle + 1;
            }
        }
        return new double[] { candidates[lowAt], high };
    }

    /** Of a sorted part, how many values lie below {@code window[0]}, then those from it to {@code window[1]}. */
    static double[] inWindow(double[] sorted, double[] window) {
        int below = firstAtOrAbove(sorted, window[0]);
        int end = window[1] == Double.POSITIVE_INFINITY ? sorted.length : firstAbove(sorted, window[1]);
        double[] part = new double[end - below + 1];
        part[0] = below;
        System.arraycopy(sorted, below, part, 1, end - below);
        return part;
    }

    /** The value of {@code rank} from every part's {@link #inWindow} answer for the window. */
    static double at(List<double[]> windows, long rank) {
        long below = 0;
        int inside = 0;
        for (double[] part : windows) {
            below += (long) part[0];
            inside += part.length - 1;
        }
        double[] values = new double[inside];
        int at = 0;
        for (double[] part : windows) {
            System.arraycopy(part, 1, values, at, part.length - 1);
            at += part.length - 1;
        }
        Arrays.sort(values);
        return values[Math.toIntExact(rank - below)];
    }

    /**
     * At most how many values lie below {@code v}: in each part, no more than a stride for each sketch value below it
     * (the next sketch value, if any, is at or above it).
     */
    private static long atMostBelow(List<double[]> sketches, double v) {
        long count = 0;
        for (double[] sketch : sketches) {
            count += (long) firstAtOrAbove(sketch, v) * STRIDE;
        }
        return count;
    }

    /**
     * At least how many values lie at or below {@code v}: in each part, those up to the last sketch value at or below
     * it, that one included.
     */
    private static long atLeastAtOrBelow(List<double[]> sketches, double v) {
        long count = 0;
        for (double[] sketch : sketches) {
            int atOrBelow = firstAbove(sketch, v);
            count += atOrBelow == 0 ? 0 : (long) (atOrBelow - 1) * STRIDE + 1;
        }
        return count;
    }

    /** The first index whose value is at or above {@code v} (the length if none). */
    private static int firstAtOrAbove(double[] sorted, double v) {
        return countBelow(sorted, v, false);
    }

    /** The first index whose value is above {@code v} (the length if none). */
    private static int firstAbove(double[] sorted, double v) {
        return countBelow(sorted, v, true);
    }

    /** How many values lie below {@code v} ({@code orAt}: or at it), by bisection. */
    private static int countBelow(double[] sorted, double v, boolean orAt) {
        int from = 0;
        int to = sorted.length;
        while (from < to) {
            int middle = (from + to) >>> 1;
            if (sorted[middle] < v || orAt && sorted[middle] == v) {
                from = middle + 1;
            } else {
                to = middle;
            }
        }
        return from;
    }
}
