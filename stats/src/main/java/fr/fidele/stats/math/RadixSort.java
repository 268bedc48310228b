package fr.fidele.stats.math;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Stable radix sort of 64-bit keys (unsigned order), carrying the row order along. Most significant digit first: the
 * keys are scattered into 2,048 buckets by the {@value #DIGIT_BITS} highest bits that differ among them, then each
 * bucket is sorted the same way, until a bucket holds at most {@value #LEAF} keys — small enough to stay in the
 * second-level cache, where it is finished least significant digit first. Millions of keys are read and written from
 * memory two or three times instead of once per digit (six times for a whole double). From {@value #PARALLEL_FROM}
 * keys the first scatter is cut into {@value #PARTS} contiguous parts counted and scattered on every core — a part's
 * keys go to the slots after those of the earlier parts in each bucket — and the buckets are sorted on every core.
 * Every step is stable, so the result is the one stable order of the keys, the same on any number of cores.
 */
final class RadixSort {

    /** Sorted keys and the row order that sorts them. */
    record Sorted(long[] bits, int[] order) {
    }

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int MASK = RADIX - 1;
    private static final int LEAF = 1 << 14;
    private static final int LEAF_RADIX = 1 << Byte.SIZE;
    /** Below this, a range is sorted by insertion. */
    private static final int TINY = 32;
    private static final int PARALLEL_FROM = 1 << 18;
    private static final int PARTS = 8;

    private final long[] keys;
    private final int[] order;
    private final long[] keysBuffer;
    private final int[] orderBuffer;

    private RadixSort(long[] keys) {
        int n = keys.length;
        this.keys = keys;
        this.order = new int[n];
        this.keysBuffer = new long[n];
        this.orderBuffer = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
    }

    /** Sorts {@code bits} (the array is sorted in place) and returns them with the row order. */
    static Sorted sort(long[] bits) {
        if (bits.length == 0) {
            return new Sorted(bits, new int[0]);
        }
        RadixSort sort = new RadixSort(bits);
        sort.range(sort.keys, sort.order, sort.keysBuffer, sort.orderBuffer, 0, bits.length, Long.SIZE, false);
        return new Sorted(bits, sort.order);
    }

    /**
     * Sorts the keys at [begin, end) of {@code k}, which agree on every bit from {@code top} up, using the other pair
     * of arrays as scratch; the result ends in the other pair when {@code intoOther}, in {@code k} otherwise.
     */
    private void range(long[] k, int[] o, long[] otherK, int[] otherO, int begin, int end, int top, boolean intoOther) {
        int n = end - begin;
        long differing = differing(k, begin, end, top);
        if (differing == 0 || n <= LEAF) {
            boolean inOther = differing != 0 && leaf(k, o, otherK, otherO, begin, end, differing);
            if (inOther != intoOther) {
                copy(inOther ? otherK : k, inOther ? otherO : o, inOther ? k : otherK, inOther ? o : otherO, begin, n);
            }
            return;
        }
        int shift = Math.max(0, Long.SIZE - Long.numberOfLeadingZeros(differing) - DIGIT_BITS);
        boolean parallel = n >= PARALLEL_FROM;
        int[] bucketStart = scatter(k, o, otherK, otherO, begin, end, shift, parallel ? PARTS : 1);
        IntStream buckets = IntStream.range(0, RADIX);
        (parallel ? buckets.parallel() : buckets).forEach(bucket -> {
            int from = bucketStart[bucket];
            int to = bucketStart[bucket + 1];
            if (to > from) {
                range(otherK, otherO, k, o, from, to, shift, !intoOther);
            }
        });
    }

    /** The bits below {@code top} in which the keys of the range differ (zero when all agree). */
    private static long differing(long[] k, int begin, int end, int top) {
        long first = k[begin];
        long differing = 0;
        for (int i = begin + 1; i < end; i++) {
            differing |= k[i] ^ first;
        }
        return top == Long.SIZE ? differing : differing & ((1L << top) - 1);
    }

    /**
     * Stable scatter of [begin, end) from {@code k} into {@code to} by the digit at {@code shift}, in {@code parts}
     * contiguous parts (each part's keys after the earlier parts' in every bucket); returns where each bucket begins,
     * and where the last ends.
     */
    private static int[] scatter(long[] k, int[] o, long[] to, int[] toO, int begin, int end, int shift, int parts) {
        int[][] counts = new int[parts][RADIX];
        forEachPart(parts, begin, end, (part, from, until) -> {
            int[] count = counts[part];
            for (int i = from; i < until; i++) {
                count[(int) ((k[i] >>> shift) & MASK)]++;
            }
        });
        int[][] slots = new int[parts][RADIX];
        int[] bucketStart = new int[RADIX + 1];
        int next = begin;
        for (int b = 0; b < RADIX; b++) {
            bucketStart[b] = next;
            for (int part = 0; part < parts; part++) {
                slots[part][b] = next;
                next += counts[part][b];
            }
        }
        bucketStart[RADIX] = next;
        forEachPart(parts, begin, end, (part, from, until) -> {
            int[] slot = slots[part];
            for (int i = from; i < until; i++) {
                int target = slot[(int) ((k[i] >>> shift) & MASK)]++;
                to[target] = k[i];
                toO[target] = o[i];
            }
        });
        return bucketStart;
    }

    /**
     * Sorts a small range by the bytes in which its keys differ, least significant first (256 buckets: a range of a
     * few thousand keys would spend more on 2,048 bucket counts than on its keys), ping-ponging between the two pairs
     * of arrays; returns whether the result is in the other pair.
     */
    private static boolean leaf(long[] k, int[] o, long[] otherK, int[] otherO, int begin, int end, long differing) {
        if (end - begin <= TINY) {
            insertion(k, o, begin, end);
            return false;
        }
        boolean inOther = false;
        int[] slot = new int[LEAF_RADIX];
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            if (((differing >>> shift) & 0xFF) == 0) {
                continue;
            }
            long[] fromK = inOther ? otherK : k;
            int[] fromO = inOther ? otherO : o;
            long[] toK = inOther ? k : otherK;
            int[] toO = inOther ? o : otherO;
            Arrays.fill(slot, 0);
            for (int i = begin; i < end; i++) {
                slot[(int) ((fromK[i] >>> shift) & 0xFF)]++;
            }
            int next = begin;
            for (int b = 0; b < LEAF_RADIX; b++) {
                int count = slot[b];
                slot[b] = next;
                next += count;
            }
            for (int i = begin; i < end; i++) {
                int target = slot[(int) ((fromK[i] >>> shift) & 0xFF)]++;
                toK[target] = fromK[i];
                toO[target] = fromO[i];
            }
            inOther = !inOther;
        }
        return inOther;
    }

    /** Stable insertion sort of a few keys in unsigned order. */
    private static void insertion(long[] k, int[] o, int begin, int end) {
        for (int i = begin + 1; i < end; i++) {
            long key = k[i];
            int row = o[i];
            int j = i - 1;
            for (; j >= begin && Long.compareUnsigned(k[j], key) > 0; j--) {
                k[j + 1] = k[j];
                o[j + 1] = o[j];
            }
            k[j + 1] = key;
            o[j + 1] = row;
        }
    }

    private static void copy(long[] fromK, int[] fromO, long[] toK, int[] toO, int begin, int n) {
        System.arraycopy(fromK, begin, toK, begin, n);
        System.arraycopy(fromO, begin, toO, begin, n);
    }

    /** The positions [from, until) of one part. */
    @FunctionalInterface
    private interface PartWork {
        void run(int part, int from, int until);
    }

    private static void forEachPart(int parts, int begin, int end, PartWork work) {
        if (parts == 1) {
            work.run(0, begin, end);
            return;
        }
        long n = end - begin;
        IntStream.range(0, parts).parallel().forEach(part -> work.run(part, begin + (int) (n * part / parts),
                begin + (int) (n * (part + 1) / parts)));
    }
}
