package fr.fidele.stats.math;

import java.util.Arrays;

/**
 * Stable index sorts on primitive arrays, so that millions of subjects are ordered without boxing.
 * Keys are sorted by a radix sort on the IEEE-754 bit pattern, most significant digit first until the ranges fit
 * the cache ({@link RadixSort}); digits that are equal in every key of a range are skipped, so integer-valued times
 * (heavy ties) need only a few passes; millions of keys are sorted on every core.
 */
public final class IndexSort {

    private IndexSort() {
    }

    /**
     * Order of the rows by ascending key, ties kept in row order.
     *
     * @param key one value per row, no NaN
     * @return row indices, smallest key first
     */
    public static int[] ascending(double[] key) {
        return RadixSort.sort(sortableBits(key)).order();
    }

    /**
     * Rows by ascending key, ties kept in row order, with the keys in that order (read back from the sort itself,
     * so that later passes run over the keys in order instead of jumping around the original array).
     *
     * @param key one value per row, no NaN
     * @return the order and the sorted keys (negative zero read back as zero)
     */
    public static SortedKeys sortedByKey(double[] key) {
        RadixSort.Sorted sorted = RadixSort.sort(sortableBits(key));
        long[] bits = sorted.bits();
        double[] sortedKey = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            long b = bits[i];
            sortedKey[i] = Double.longBitsToDouble(b ^ ((~b >> 63) | Long.MIN_VALUE));
        }
        return new SortedKeys(sorted.order(), sortedKey);
    }

    /**
     * Order of the rows by ascending integer key (e.g. customer or request ids), ties kept in row order.
     *
     * @param key one value per row
     * @return row indices, smallest key first
     */
    public static int[] ascending(long[] key) {
        long[] bits = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            bits[i] = key[i] ^ Long.MIN_VALUE;
        }
        return RadixSort.sort(bits).order();
    }

    /**
     * Order of the rows by ascending integer key (a request), then ascending value within a key (a time); ties kept in
     * row order. Sorted by value first, then stably by key: two radix sorts, where ranking the keys as groups first
     * took a third sort and two passes of scattered reads (about twice as long at ten million rows, by hand).
     *
     * @param key   one value per row
     * @param value one value per row, no NaN
     * @return row indices, smallest key first
     */
    public static int[] byKeyThenAscending(long[] key, double[] value) {
        int[] byValue = ascending(value);
        // the keys flipped as ascending(long[]) flips them, straight into the array the sort reads: no copy of its own
        long[] keyByValue = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            keyByValue[i] = key[byValue[i]] ^ Long.MIN_VALUE;
        }
        int[] byKey = RadixSort.sort(keyByValue).order();
        int[] order = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            order[i] = byValue[byKey[i]];
        }
        return order;
    }

    /**
     * Order of the rows by group, then ascending key within a group; ties kept in row order.
     *
     * @param group      group code of each row in {@code [0, groupCount)}, or null for a single group
     * @param groupCount number of groups
     * @param key        one value per row, no NaN
     */
    public static int[] byGroupThenAscending(int[] group, int groupCount, double[] key) {
        int[] byKey = ascending(key);
        return group == null ? byKey : stableByGroup(byKey, group, groupCount);
    }

    /** Reorders {@code order} by group with a counting sort that keeps the given order inside each group. */
    public static int[] stableByGroup(int[] order, int[] group, int groupCount) {
        int[] start = new int[groupCount + 1];
        for (int row : order) {
            start[group[row] + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] += start[g];
        }
        int[] result = new int[order.length];
        for (int row : order) {
            result[start[group[row]]++] = row;
        }
        return result;
    }

    /**
     * Reorders sorted rows by group with a counting sort that keeps the given order inside each group, moving the
     * keys along.
     */
    public static SortedKeys stableByGroup(SortedKeys sorted, int[] group, int groupCount) {
        int[] order = sorted.order();
        double[] key = sorted.key();
        int[] start = new int[groupCount + 1];
        for (int row : order) {
            start[group[row] + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] += start[g];
        }
        int[] groupedOrder = new int[order.length];
        double[] groupedKey = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            int target = start[group[order[i]]]++;
            groupedOrder[target] = order[i];
            groupedKey[target] = key[i];
        }
        return new SortedKeys(groupedOrder, groupedKey);
    }

    /**
     * Rows in a sorted order with their keys.
     *
     * @param order row index at each position
     * @param key   key of the row at each position
     */
    public record SortedKeys(int[] order, double[] key) {
    }

    /** Keys mapped to longs whose unsigned order is the numeric order (negative zero folded into zero). */
    private static long[] sortableBits(double[] key) {
        long[] bits = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            long b = Double.doubleToLongBits(key[i] + 0.0);
            bits[i] = b ^ ((b >> 63) | Long.MIN_VALUE);
        }
        return bits;
    }
}
