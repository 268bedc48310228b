package fr.fidele.stats.survival;

import java.util.Arrays;

/** Counts per rank with O(log n) update and prefix sum (binary indexed tree). */
final class FenwickTree {

    private final long[] tree;
    private long total;

    FenwickTree(int size) {
        tree = new long[size + 1];
    }

    void add(int rank, long delta) {
        total += delta;
        for (int i = rank + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** Sum of the counts of ranks 0..rank (0 when rank is negative). */
    long prefixSum(int rank) {
        long sum = 0;
        for (int i = rank + 1; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    long total() {
        return total;
    }

    void clear() {
        Arrays.fill(tree, 0);
        total = 0;
    }
}
