package fr.fidele.stats.survival;

import java.util.Arrays;

/**
 * Multiset of ranks with O(log n) insertion and "how many below" queries: a Fenwick tree over blocks of 64 ranks plus
 * a plain count per rank. With millions of distinct ranks a plain Fenwick tree touches a cold cache line at almost
 * every level; here the block tree is small enough to stay in cache and the last block is scanned sequentially.
 */
final class RankCounter {

    private static final int BLOCK_BITS = 6;

    private final int[] counts;
    private final int[] blockTree;
    private long total;

    RankCounter(int ranks) {
        counts = new int[ranks];
        blockTree = new int[(ranks >>> BLOCK_BITS) + 2];
    }

    void add(int rank, int delta) {
        counts[rank] += delta;
        total += delta;
        for (int i = (rank >>> BLOCK_BITS) + 1; i < blockTree.length; i += i & -i) {
            blockTree[i] += delta;
        }
    }

    /** Adds one element of each rank in {@code ranks[from, to)}: counts per rank, then their blocks' tree at once. */
    void addAll(int[] ranks, int from, int to) {
        int[] added = new int[blockTree.length];
        for (int k = from; k < to; k++) {
            counts[ranks[k]]++;
            added[(ranks[k] >>> BLOCK_BITS) + 1]++;
        }
        total += to - from;
        // a Fenwick tree built in place: each node passes its sum to its parent (trees add up node by node)
        for (int i = 1; i < added.length; i++) {
            int parent = i + (i & -i);
            if (parent < added.length) {
                added[parent] += added[i];
            }
            blockTree[i] += added[i];
        }
    }

    /** Number of elements with a rank strictly below {@code rank}. */
    long countBelow(int rank) {
        int block = rank >>> BLOCK_BITS;
        long sum = 0;
        for (int i = block; i > 0; i -= i & -i) {
            sum += blockTree[i];
        }
        for (int r = block << BLOCK_BITS; r < rank; r++) {
            sum += counts[r];
        }
        return sum;
    }

    /** Number of elements with exactly this rank. */
    long countAt(int rank) {
        return counts[rank];
    }

    long total() {
        return total;
    }

    void clear() {
        Arrays.fill(counts, 0);
        Arrays.fill(blockTree, 0);
        total = 0;
    }
}
