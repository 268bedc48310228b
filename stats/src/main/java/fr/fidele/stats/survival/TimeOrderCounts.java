package fr.fidele.stats.survival;

import java.util.stream.IntStream;

/**
 * The pair counts of {@link Concordance}'s sweep in time order: rows are taken from the latest time to the earliest,
 * a {@link RankCounter} over the score ranks holds those at risk, and each event counts the rows at risk below, at
 * and above its score. For right-censored data from {@value #PARALLEL_FROM} rows, the rows are cut in two at a time
 * boundary and both halves are swept at once: the earlier half's counter starts with the later half's rows of the same
 * stratum, which is what the sequential sweep holds when it reaches the cut. The counts are integers: the same on any
 * number of cores.
 */
final class TimeOrderCounts {

    private static final int PARALLEL_FROM = 1 << 17;
    /**
     * Share of the rows in the earlier piece: its thread also fills its counter with the later piece's rows (a plain
     * count per rank, about a third of the work of the sweep's insertion), so the pieces end together when it is the
     * smaller one.
     */
    private static final double EARLIER_SHARE = 0.42;

    private final SortedCoxData data;
    private final int[] rank;
    private final int ranks;

    private TimeOrderCounts(SortedCoxData data, int[] rank, int ranks) {
        this.data = data;
        this.rank = rank;
        this.ranks = ranks;
    }

    /**
     * @param rank  each sorted position's score rank
     * @param ranks the number of distinct ranks
     * @return {concordant, discordant, tied on the score} pairs
     */
    static long[] count(SortedCoxData data, int[] rank, int ranks) {
        boolean inPieces = data.byStart == null && data.size >= PARALLEL_FROM;
        return count(data, rank, ranks, inPieces);
    }

    /** The counts, in two pieces or in one sweep as asked (the pieces need right-censored data; for tests). */
    static long[] count(SortedCoxData data, int[] rank, int ranks, boolean inPieces) {
        TimeOrderCounts counts = new TimeOrderCounts(data, rank, ranks);
        if (!inPieces) {
            return counts.sweep(new RankCounter(ranks), 0, data.size);
        }
        int bound = data.timeBoundaryFrom((int) (data.size * EARLIER_SHARE)); // the rows of one time stay in one piece
        long[][] pieces = new long[2][];
        IntStream.range(0, 2).parallel().forEach(piece -> pieces[piece] = piece == 1
                ? counts.sweep(new RankCounter(ranks), bound, data.size)
                : counts.sweep(counts.laterRowsOfStratum(bound), 0, bound));
        return new long[] {pieces[0][0] + pieces[1][0], pieces[0][1] + pieces[1][1], pieces[0][2] + pieces[1][2]};
    }

    /** A counter holding the rows from {@code cut} to the end of the stratum of the row before it. */
    private RankCounter laterRowsOfStratum(int cut) {
        RankCounter counter = new RankCounter(ranks);
        if (cut == 0) {
            return counter;
        }
        counter.addAll(rank, cut, data.strataBounds[data.stratumAt(cut - 1) + 1]);
        return counter;
    }

    /** Sweeps positions [begin, end) stratum by stratum from the last; the counter holds what comes after {@code end}. */
    private long[] sweep(RankCounter atRisk, int begin, int end) {
        long[] pairs = new long[3];
        if (end == begin) {
            return pairs;
        }
        for (int s = data.stratumAt(end - 1); s >= 0 && end > begin; s--) {
            int from = Math.max(begin, data.strataBounds[s]);
            stratum(atRisk, from, end, pairs);
            atRisk.clear();
            end = from;
        }
        return pairs;
    }

    private void stratum(RankCounter atRisk, int begin, int end, long[] pairs) {
        int leaving = end - 1;
        for (int k = end - 1; k >= begin; ) {
            double t = data.stop[k];
            int groupEnd = k;
            for (; k >= begin && data.stop[k] == t; k--) {
                if (!data.event[k]) {
                    atRisk.add(rank[k], 1);
                }
            }
            if (data.byStart != null) {
                for (; leaving >= begin && data.start[data.byStart[leaving]] >= t; leaving--) {
                    // a row entering at or after t has stop > t, so it is in the tree already
                    atRisk.add(rank[data.byStart[leaving]], -1);
                }
            }
            for (int e = groupEnd; e > k; e--) {
                if (data.event[e]) {
                    long below = atRisk.countBelow(rank[e]);
                    long equal = atRisk.countAt(rank[e]);
                    pairs[0] += below;
                    pairs[1] += atRisk.total() - below - equal;
                    pairs[2] += equal;
                }
            }
            for (int e = groupEnd; e > k; e--) {
                if (data.event[e]) {
                    atRisk.add(rank[e], 1);
                }
            }
        }
    }

}
