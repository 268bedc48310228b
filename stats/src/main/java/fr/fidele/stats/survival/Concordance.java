package fr.fidele.stats.survival;

import fr.fidele.stats.math.IndexSort;

/**
 * Harrell's concordance of a Cox model as survival 3.x reports it in {@code summary(coxph)}: over comparable pairs
 * (an event at t and a row at risk after t, or censored at t, within the same stratum), the share where the row with
 * the event has the higher risk score, ties in the score counting one half; pairs tied on the event time are not
 * comparable. O(n log n): a backward sweep with a {@link RankCounter} over score ranks.
 */
final class Concordance {

    private Concordance() {
    }

    static double of(SortedCoxData data, double[] score) {
        int[] rank = denseRanks(score);
        int ranks = 0;
        for (int r : rank) {
            ranks = Math.max(ranks, r + 1);
        }
        RankCounter atRisk = new RankCounter(ranks);
        double concordant = 0;
        double discordant = 0;
        double tiedScore = 0;
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            int begin = data.strataBounds[s];
            int end = data.strataBounds[s + 1];
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
                        concordant += below;
                        tiedScore += equal;
                        discordant += atRisk.total() - below - equal;
                    }
                }
                for (int e = groupEnd; e > k; e--) {
                    if (data.event[e]) {
                        atRisk.add(rank[e], 1);
                    }
                }
            }
            atRisk.clear();
        }
        return (concordant + tiedScore / 2) / (concordant + discordant + tiedScore);
    }

    /** Rank of each score among the distinct scores, 0 for the smallest. */
    private static int[] denseRanks(double[] score) {
        int[] order = IndexSort.ascending(score);
        int[] rank = new int[score.length];
        int current = -1;
        for (int i = 0; i < order.length; i++) {
            if (i == 0 || score[order[i]] != score[order[i - 1]]) {
                current++;
            }
            rank[order[i]] = current;
        }
        return rank;
    }
}
