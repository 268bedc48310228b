package fr.fidele.stats.survival;

import fr.fidele.stats.math.IndexSort;

/**
 * Harrell's concordance of a Cox model as survival 3.x reports it in {@code summary(coxph)}: over comparable pairs
 * (an event at t and a row at risk after t, or censored at t, within the same stratum), the share where the row with
 * the event has the higher risk score, ties in the score counting one half; pairs tied on the event time are not
 * comparable. O(n log n), by one of two sweeps that count the same pairs: in time order over score ranks, or, for
 * right-censored data with fewer distinct times than scores (heavy ties, e.g. days), in score order over time keys.
 */
final class Concordance {

    private Concordance() {
    }

    static double of(SortedCoxData data, double[] score) {
        IndexSort.SortedKeys byScore = IndexSort.sortedByKey(score);
        int ranks = distinct(byScore.key());
        int groups = timeGroups(data);
        if (data.byStart == null && 2L * groups < ranks) {
            return byScore(data, byScore, groups);
        }
        return byTime(data, denseRanks(byScore), ranks);
    }

    /** The time-order sweep whatever the data (for tests that compare the two methods). */
    static double byTime(SortedCoxData data, double[] score) {
        IndexSort.SortedKeys byScore = IndexSort.sortedByKey(score);
        return byTime(data, denseRanks(byScore), distinct(byScore.key()));
    }

    /** The score-order sweep whatever the number of distinct times (right-censored data; for tests). */
    static double byScore(SortedCoxData data, double[] score) {
        return byScore(data, IndexSort.sortedByKey(score), timeGroups(data));
    }

    /**
     * Backward sweep in time order with a {@link RankCounter} over the score ranks: the general method, and the
     * faster one when scores have fewer distinct values than the times. With more ranks than a bucket of
     * {@link ScoreBucketCounts} holds (right-censored data), the same pairs are counted by bucket, in cache.
     */
    private static double byTime(SortedCoxData data, int[] rank, int ranks) {
        long[] pairs = data.byStart == null && ranks > ScoreBucketCounts.BUCKET_SIZE
                ? ScoreBucketCounts.count(data, rank, ranks)
                : TimeOrderCounts.count(data, rank, ranks);
        double concordant = pairs[0];
        double discordant = pairs[1];
        double tiedScore = pairs[2];
        return (concordant + tiedScore / 2) / (concordant + discordant + tiedScore);
    }

    /** Rank of each score among the distinct scores, 0 for the smallest. */
    private static int[] denseRanks(IndexSort.SortedKeys byScore) {
        int[] order = byScore.order();
        double[] sortedScore = byScore.key();
        int[] rank = new int[order.length];
        int current = -1;
        for (int i = 0; i < order.length; i++) {
            if (i == 0 || sortedScore[i] != sortedScore[i - 1]) {
                current++;
            }
            rank[order[i]] = current;
        }
        return rank;
    }

    private static int distinct(double[] ascending) {
        int count = 0;
        for (int i = 0; i < ascending.length; i++) {
            if (i == 0 || ascending[i] != ascending[i - 1]) {
                count++;
            }
        }
        return count;
    }

    /** Number of distinct (stratum, stop time) groups. */
    private static int timeGroups(SortedCoxData data) {
        int count = 0;
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            for (int k = data.strataBounds[s]; k < data.strataBounds[s + 1]; k++) {
                if (k == data.strataBounds[s] || data.stop[k] != data.stop[k - 1]) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Right-censored data with fewer distinct times than scores (e.g. times in days): a sweep in ascending score
     * order with a Fenwick tree over time keys, small enough to stay in cache. Key of a row: {@code 2g} for an
     * event, {@code 2g + 1} when censored, g its (stratum, time) group in sorted order; the rows comparable with an
     * event of group g are the keys of its stratum above {@code 2g}. Same pairs, same integer counts as
     * {@link #byTime}.
     */
    private static double byScore(SortedCoxData data, IndexSort.SortedKeys byScore, int groups) {
        int[] key = new int[data.size];
        int[] stratumTop = new int[groups]; // highest key of the group's stratum
        long comparable = 0;
        int g = -1;
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            int begin = data.strataBounds[s];
            int end = data.strataBounds[s + 1];
            int first = g + 1;
            for (int k = begin; k < end; k++) {
                if (k == begin || data.stop[k] != data.stop[k - 1]) {
                    g++;
                }
                key[k] = 2 * g + (data.event[k] ? 0 : 1);
            }
            long after = 0; // rows of the stratum in later groups
            for (int k = end - 1; k >= begin; ) {
                long events = 0;
                long censored = 0;
                int group = key[k] >> 1;
                for (; k >= begin && key[k] >> 1 == group; k--) {
                    if ((key[k] & 1) == 0) {
                        events++;
                    } else {
                        censored++;
                    }
                }
                comparable += events * (after + censored);
                after += events + censored;
            }
            for (int h = first; h <= g; h++) {
                stratumTop[h] = 2 * g + 1;
            }
        }
        int[] order = byScore.order();
        // keys in score order, gathered in a loop of independent loads (the sweep itself would wait on each miss)
        int[] keyByScore = new int[order.length];
        for (int m = 0; m < order.length; m++) {
            keyByScore[m] = key[order[m]];
        }
        long[] counts = ScoreOrderCounts.count(keyByScore, byScore.key(), stratumTop, 2 * groups);
        long concordant = counts[0];
        long belowOrTied = counts[1];
        double tiedScore = belowOrTied - concordant;
        double discordant = comparable - belowOrTied;
        return (concordant + tiedScore / 2) / (concordant + discordant + tiedScore);
    }
}
