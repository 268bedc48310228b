package fr.fidele.stats.math;

import java.util.Arrays;

/**
 * Stable index sorts on primitive arrays, so that millions of subjects are ordered without boxing.
 * Keys are sorted by an LSD radix sort on the IEEE-754 bit pattern (O(n) per byte); bytes that are equal in
 * every key are skipped, so integer-valued times (heavy ties) need only a few passes.
 */
public final class IndexSort {

    private static final int RADIX = 256;

    private IndexSort() {
    }

    /**
     * Order of the rows by ascending key, ties kept in row order.
     *
     * @param key one value per row, no NaN
     * @return row indices, smallest key first
     */
    public static int[] ascending(double[] key) {
        int n = key.length;
        long[] bits = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            bits[i] = sortableBits(key[i]);
            order[i] = i;
        }
        return radixSort(bits, order);
    }

    /**
     * Order of the rows by ascending integer key (e.g. customer or request ids), ties kept in row order.
     *
     * @param key one value per row
     * @return row indices, smallest key first
     */
    public static int[] ascending(long[] key) {
        int n = key.length;
        long[] bits = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            bits[i] = key[i] ^ Long.MIN_VALUE;
            order[i] = i;
        }
        return radixSort(bits, order);
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

    /** Maps a double to a long whose unsigned order is the numeric order (negative zero folded into zero). */
    static long sortableBits(double value) {
        long bits = Double.doubleToLongBits(value + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /** Sorts by the bits and returns the permuted order, which may be either the given array or a buffer. */
    private static int[] radixSort(long[] bits, int[] order) {
        int n = bits.length;
        long[] bitsBuffer = new long[n];
        int[] orderBuffer = new int[n];
        int[] count = new int[RADIX + 1];
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            Arrays.fill(count, 0);
            for (long b : bits) {
                count[(int) ((b >>> shift) & 0xFF) + 1]++;
            }
            if (isSingleBucket(count, n)) {
                continue;
            }
            for (int i = 0; i < RADIX; i++) {
                count[i + 1] += count[i];
            }
            for (int i = 0; i < n; i++) {
                int bucket = (int) ((bits[i] >>> shift) & 0xFF);
                int target = count[bucket]++;
                bitsBuffer[target] = bits[i];
                orderBuffer[target] = order[i];
            }
            long[] swapBits = bits;
            bits = bitsBuffer;
            bitsBuffer = swapBits;
            int[] swapOrder = order;
            order = orderBuffer;
            orderBuffer = swapOrder;
        }
        return order;
    }

    private static boolean isSingleBucket(int[] count, int n) {
        for (int c : count) {
            if (c == n) {
                return true;
            }
            if (c != 0) {
                return false;
            }
        }
        return false;
    }
}
