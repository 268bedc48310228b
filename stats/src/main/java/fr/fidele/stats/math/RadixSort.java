package fr.fidele.stats.math;

import java.util.stream.IntStream;

/**
 * Stable LSD radix sort of 64-bit keys, {@value #DIGIT_BITS} bits per pass (six passes for a whole double: 2,048
 * buckets keep their counts and write positions in the first-level caches, where one byte per pass would take eight
 * passes over the data), carrying the row order along. Digits equal in every key are skipped. From {@value #PARALLEL_FROM} keys each pass is cut into {@value #PARTS} contiguous parts counted and
 * scattered in parallel: a part's keys go to the slots after those of the earlier parts in each bucket, so the
 * result is the sequential one, to the bit, on any number of cores.
 */
final class RadixSort {

    /** Sorted keys and the row order that sorts them. */
    record Sorted(long[] bits, int[] order) {
    }

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int MASK = RADIX - 1;
    private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
    private static final int PARALLEL_FROM = 1 << 18;
    private static final int PARTS = 8;

    private RadixSort() {
    }

    /** Sorts {@code bits} (the array may be reused as a buffer) and returns them with the row order. */
    static Sorted sort(long[] bits) {
        int n = bits.length;
        int parts = n < PARALLEL_FROM ? 1 : PARTS;
        int[] order = new int[n];
        long[] bitsBuffer = new long[n];
        int[] orderBuffer = new int[n];
        int[][] wholeCounts = digitCounts(bits, parts, order);
        for (int digit = 0; digit < DIGITS; digit++) {
            if (isSingleBucket(wholeCounts[digit], n)) {
                continue;
            }
            int shift = digit * DIGIT_BITS;
            int[][] slots = parts == 1 ? new int[][] {firstSlots(wholeCounts[digit])} : slots(bits, shift, parts);
            long[] from = bits;
            int[] fromOrder = order;
            long[] to = bitsBuffer;
            int[] toOrder = orderBuffer;
            int pass = shift;
            forEachPart(parts, n, (part, begin, end) -> {
                int[] slot = slots[part];
                for (int i = begin; i < end; i++) {
                    int target = slot[(int) ((from[i] >>> pass) & MASK)]++;
                    to[target] = from[i];
                    toOrder[target] = fromOrder[i];
                }
            });
            bitsBuffer = bits;
            bits = to;
            orderBuffer = order;
            order = toOrder;
        }
        return new Sorted(bits, order);
    }

    /** The histograms of every digit of the keys (they do not depend on the order), and the identity order. */
    private static int[][] digitCounts(long[] bits, int parts, int[] order) {
        int[][][] partCounts = new int[parts][DIGITS][RADIX];
        forEachPart(parts, bits.length, (part, begin, end) -> {
            int[][] counts = partCounts[part];
            for (int i = begin; i < end; i++) {
                order[i] = i;
                long b = bits[i];
                for (int k = 0; k < DIGITS; k++) {
                    counts[k][(int) ((b >>> (k * DIGIT_BITS)) & MASK)]++;
                }
            }
        });
        int[][] whole = new int[DIGITS][RADIX];
        for (int[][] counts : partCounts) {
            for (int k = 0; k < DIGITS; k++) {
                for (int b = 0; b < RADIX; b++) {
                    whole[k][b] += counts[k][b];
                }
            }
        }
        return whole;
    }

    /** One part: the first slot of each bucket, from the digit's histogram (no second count). */
    private static int[] firstSlots(int[] count) {
        int[] slot = new int[RADIX];
        for (int b = 1; b < RADIX; b++) {
            slot[b] = slot[b - 1] + count[b - 1];
        }
        return slot;
    }

    /** For each part, the first slot of each bucket: after the bucket's keys of the earlier parts. */
    private static int[][] slots(long[] bits, int shift, int parts) {
        int[][] counts = new int[parts][RADIX];
        forEachPart(parts, bits.length, (part, begin, end) -> {
            int[] count = counts[part];
            for (int i = begin; i < end; i++) {
                count[(int) ((bits[i] >>> shift) & MASK)]++;
            }
        });
        int[][] slots = new int[parts][RADIX];
        int next = 0;
        for (int b = 0; b < RADIX; b++) {
            for (int part = 0; part < parts; part++) {
                slots[part][b] = next;
                next += counts[part][b];
            }
        }
        return slots;
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

    /** The positions [begin, end) of one part. */
    @FunctionalInterface
    private interface PartWork {
        void run(int part, int begin, int end);
    }

    private static void forEachPart(int parts, int n, PartWork work) {
        if (parts == 1) {
            work.run(0, 0, n);
            return;
        }
        IntStream.range(0, parts).parallel().forEach(part -> work.run(part, (int) ((long) n * part / parts),
                (int) ((long) n * (part + 1) / parts)));
    }
}
