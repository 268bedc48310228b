package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The score-order sweep (used for heavily tied times) counts exactly the pairs of the time-order sweep (the one
 * checked against R by the reference cases), with ties in times, ties in scores and strata.
 */
class ConcordanceTest {

    @Test
    void bothSweepsGiveTheSameConcordance() {
        compareSweeps(200, 300, new Random(20261122));
    }

    /** Past the size from which the score-order sweep runs in pieces on every core ({@link ScoreOrderCounts}). */
    @Test
    void theScoreOrderSweepInPiecesCountsThePairsOfTheTimeOrderSweep() {
        compareSweeps(4, 400_000, new Random(7));
    }

    /**
     * The time-order sweep in two pieces on every core ({@link TimeOrderCounts}: the earlier piece's counter starting
     * with the later piece's rows of its stratum) counts the pairs of the single sweep, with ties in times and scores
     * and strata crossing the cut.
     */
    @Test
    void theTimeOrderSweepInPiecesCountsThePairsOfTheSingleSweep() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + random.nextInt(trial < 20 ? 30 : 5000);
            double[] time = new double[n];
            boolean[] event = new boolean[n];
            int[] stratum = new int[n];
            int[] rank = new int[n];
            int ranks = 1 + random.nextInt(trial % 2 == 0 ? 4 : 2000);
            int strata = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                time[i] = trial % 3 == 0 ? 1 + random.nextInt(10) : random.nextDouble() * 100;
                event[i] = random.nextBoolean();
                stratum[i] = random.nextInt(strata);
            }
            SortedCoxData sorted = new SortedCoxData(new CoxData(null, time, event, strata == 1 ? null : stratum, strata,
                    new double[][] {new double[n]}, List.of("x")), TimeFix.OFF);
            for (int k = 0; k < n; k++) {
                rank[k] = random.nextInt(ranks);
            }

            assertThat(TimeOrderCounts.count(sorted, rank, ranks, true)).as("trial %d", trial)
                    .containsExactly(TimeOrderCounts.count(sorted, rank, ranks, false));
        }
    }

    /**
     * Counted by score bucket ({@link ScoreBucketCounts}: pairs across buckets by a sweep over bucket numbers, pairs
     * within a bucket by a sweep over each bucket's rows), the pairs are those of the single sweep over every rank:
     * with ties in times (events and censored rows at one time) and in scores, strata, and buckets holding rows of
     * several strata.
     */
    @Test
    void countedByScoreBucketThePairsAreThoseOfTheSingleSweep() {
        Random random = new Random(29);
        for (int trial = 0; trial < 31; trial++) {
            // the last trial with more buckets than one task sweeps, so that several tasks add up
            int n = trial == 30 ? 150_000 : 2 + random.nextInt(trial < 10 ? 40 : 20_000);
            int ranks = trial == 30 ? 140_000 : 1 + random.nextInt(Math.max(1, n * (1 + trial % 3) / 2));
            int strata = 1 + random.nextInt(4);
            double[] time = new double[n];
            boolean[] event = new boolean[n];
            int[] stratum = new int[n];
            for (int i = 0; i < n; i++) {
                time[i] = trial % 2 == 0 ? 1 + random.nextInt(1 + n / 10) : random.nextDouble() * 100;
                event[i] = random.nextInt(3) > 0;
                stratum[i] = random.nextInt(strata);
            }
            SortedCoxData sorted = new SortedCoxData(new CoxData(null, time, event, strata == 1 ? null : stratum, strata,
                    new double[][] {new double[n]}, List.of("x")), TimeFix.OFF);
            int[] rank = random.ints(n, 0, ranks).toArray();

            assertThat(ScoreBucketCounts.count(sorted, rank, ranks)).as("trial %d: %d rows, %d ranks", trial, n, ranks)
                    .containsExactly(TimeOrderCounts.count(sorted, rank, ranks, false));
        }
    }

    /** Ranks added at once count as the same ranks added one by one. */
    @Test
    void ranksAddedAtOnceCountAsRanksAddedOneByOne() {
        Random random = new Random(3);
        int ranks = 1000;
        int[] added = random.ints(5000, 0, ranks).toArray();
        RankCounter atOnce = new RankCounter(ranks);
        atOnce.add(17, 1);
        atOnce.addAll(added, 0, added.length);
        RankCounter oneByOne = new RankCounter(ranks);
        oneByOne.add(17, 1);
        for (int rank : added) {
            oneByOne.add(rank, 1);
        }

        assertThat(atOnce.total()).isEqualTo(oneByOne.total());
        for (int rank = 0; rank < ranks; rank++) {
            assertThat(atOnce.countBelow(rank)).as("below %d", rank).isEqualTo(oneByOne.countBelow(rank));
            assertThat(atOnce.countAt(rank)).isEqualTo(oneByOne.countAt(rank));
        }
    }

    private static void compareSweeps(int trials, int largest, Random random) {
        for (int trial = 0; trial < trials; trial++) {
            int n = largest - random.nextInt(largest / 4);
            int times = 1 + random.nextInt(20);
            int scores = 1 + random.nextInt(trial % 2 == 0 ? 5 : 1000);
            int strata = 1 + random.nextInt(3);
            double[] time = new double[n];
            boolean[] event = new boolean[n];
            int[] stratum = new int[n];
            double[][] x = new double[1][n];
            for (int i = 0; i < n; i++) {
                time[i] = 1 + random.nextInt(times);
                event[i] = random.nextInt(3) > 0;
                stratum[i] = random.nextInt(strata);
                x[0][i] = random.nextInt(scores) / 7.0;
            }
            CoxData data = new CoxData(null, time, event, strata == 1 ? null : stratum, strata, x, List.of("x"));
            SortedCoxData sorted = new SortedCoxData(data, TimeFix.ON);
            double[] score = sorted.linearPredictor(new double[] {random.nextBoolean() ? 0.8 : -1.3});
            double byTime = Concordance.byTime(sorted, score);
            double byScore = Concordance.byScore(sorted, score);
            if (Double.isNaN(byTime)) {
                assertThat(byScore).isNaN();
            } else {
                assertThat(byScore).as("trial %d", trial).isEqualTo(byTime);
            }
            assertThat(Concordance.of(sorted, score)).isEqualTo(byTime);
        }
    }
}
