package fr.fidele.stats.survival;

import java.util.stream.IntStream;

/**
 * The pair counts of {@link Concordance}'s sweep in score order: rows are taken in ascending score, a Fenwick tree
 * over time keys counts those already taken, and each event counts the comparable rows below its score. From
 * {@value #PARALLEL_FROM} rows the score order is cut into {@value #PIECES} pieces at score boundaries swept in
 * parallel, each tree starting from the keys of the pieces before it: the counts are integers, the same on any number
 * of cores.
 */
final class ScoreOrderCounts {

    private static final int PIECES = 4;
    private static final int PARALLEL_FROM = 1 << 17;

    private ScoreOrderCounts() {
    }

    /**
     * @param keyByScore each row's time key in ascending score order ({@code 2g} for an event of group g, {@code 2g + 1}
     *                   when censored)
     * @param sortedScore the scores in that order
     * @param stratumTop the highest key of each group's stratum
     * @param keys       the number of keys (two per group)
     * @return {concordant pairs, pairs where the event's score is above or tied with the other's}
     */
    static long[] count(int[] keyByScore, double[] sortedScore, int[] stratumTop, int keys) {
        int n = keyByScore.length;
        int pieces = n < PARALLEL_FROM ? 1 : PIECES;
        int[] bounds = new int[pieces + 1];
        for (int piece = 1; piece < pieces; piece++) {
            int b = Math.max(bounds[piece - 1], (int) ((long) n * piece / pieces));
            while (b > 0 && b < n && sortedScore[b] == sortedScore[b - 1]) {
                b++; // a run of tied scores stays in one piece
            }
            bounds[piece] = b;
        }
        bounds[pieces] = n;
        // the keys each piece's tree starts with: those of the pieces before it
        int[][] before = new int[pieces][keys];
        IntStream.range(0, pieces - 1).parallel().forEach(piece -> {
            for (int m = bounds[piece]; m < bounds[piece + 1]; m++) {
                before[piece + 1][keyByScore[m]]++;
            }
        });
        for (int piece = 2; piece < pieces; piece++) {
            for (int key = 0; key < keys; key++) {
                before[piece][key] += before[piece - 1][key];
            }
        }
        long[][] counts = new long[pieces][];
        IntStream.range(0, pieces).parallel().forEach(piece -> counts[piece] = sweep(keyByScore, sortedScore, stratumTop,
                fenwick(before[piece]), bounds[piece], bounds[piece + 1]));
        long[] total = new long[2];
        for (long[] piece : counts) {
            total[0] += piece[0];
            total[1] += piece[1];
        }
        return total;
    }

    /** Rows [from, to) of the score order, the tree holding the keys of the rows before {@code from}. */
    private static long[] sweep(int[] keyByScore, double[] sortedScore, int[] stratumTop, int[] tree, int from, int to) {
        long concordant = 0;
        long belowOrTied = 0;
        for (int i = from; i < to; ) {
            int j = i + 1;
            while (j < to && sortedScore[j] == sortedScore[i]) {
                j++;
            }
            long below = 0;
            for (int m = i; m < j; m++) {
                int e = keyByScore[m];
                if ((e & 1) == 0) {
                    below += prefix(tree, stratumTop[e >> 1]) - prefix(tree, e);
                }
            }
            for (int m = i; m < j; m++) {
                for (int t = keyByScore[m] + 1; t < tree.length; t += t & -t) {
                    tree[t]++;
                }
            }
            concordant += below;
            if (j == i + 1) {
                belowOrTied += below; // a lone row adds key 2g (event) or 2g + 1 (censored): not above its own 2g
            } else {
                for (int m = i; m < j; m++) {
                    int e = keyByScore[m];
                    if ((e & 1) == 0) {
                        belowOrTied += prefix(tree, stratumTop[e >> 1]) - prefix(tree, e);
                    }
                }
            }
            i = j;
        }
        return new long[] {concordant, belowOrTied};
    }

    /** A Fenwick tree (key + 1 as index) holding {@code count[key]} of each key, built in linear time. */
    private static int[] fenwick(int[] count) {
        int[] tree = new int[count.length + 1];
        for (int key = 0; key < count.length; key++) {
            tree[key + 1] += count[key];
            int parent = key + 1 + ((key + 1) & -(key + 1));
            if (parent < tree.length) {
                tree[parent] += tree[key + 1];
            }
        }
        return tree;
    }

    /** Number of inserted keys at most {@code key}. */
    private static long prefix(int[] tree, int key) {
        long sum = 0;
        for (int t = key + 1; t > 0; t -= t & -t) {
            sum += tree[t];
        }
        return sum;
    }
}
