package fr.fidele.stats.survival;

import java.util.stream.IntStream;

/**
 * The pair counts of {@link Concordance}'s time-order sweep for right-censored data with millions of distinct scores,
 * in two passes whose counters stay in cache instead of one sweep over a counter of every rank (a cache miss at each
 * row). The score ranks are cut into buckets of {@value #BUCKET_SIZE} consecutive ranks:
 * <ol>
 * <li>the time-order sweep over bucket numbers counts every pair whose two rows lie in different buckets, exactly
 * (the row in the lower bucket has the lower score);</li>
 * <li>the pairs inside one bucket are counted by the same sweep over each bucket's own rows, gathered once in time
 * order with their rank in the bucket, bucket after bucket on every core.</li>
 * </ol>
 * A pair is comparable or not whatever bucket its rows fall in, so the two passes count each comparable pair once:
 * the counts are the integers of the single sweep.
 */
final class ScoreBucketCounts {

    private static final int BUCKET_BITS = 10;
    static final int BUCKET_SIZE = 1 << BUCKET_BITS;
    /** Bits of a gathered row below its time group: the rank in its bucket, then 1 for an event. */
    private static final int GROUP_SHIFT = BUCKET_BITS + 1;
    /** Buckets swept by one task (each task has its own counter). */
    private static final int BUCKETS_PER_TASK = 64;

    private final SortedCoxData data;
    private final int[] rank;

    private ScoreBucketCounts(SortedCoxData data, int[] rank) {
        this.data = data;
        this.rank = rank;
    }

    /**
     * @param data  right-censored data ({@code byStart} null)
     * @param rank  each sorted position's score rank
     * @param ranks the number of distinct ranks
     * @return {concordant, discordant, tied on the score} pairs, as {@link TimeOrderCounts#count}
     */
    static long[] count(SortedCoxData data, int[] rank, int ranks) {
        int buckets = (ranks + BUCKET_SIZE - 1) >>> BUCKET_BITS;
        int[] bucket = new int[data.size];
        for (int k = 0; k < data.size; k++) {
            bucket[k] = rank[k] >>> BUCKET_BITS;
        }
        long[] across = TimeOrderCounts.count(data, bucket, buckets);
        long[] within = new ScoreBucketCounts(data, rank).withinBuckets(bucket, buckets);
        return new long[] {across[0] + within[0], across[1] + within[1], within[2]};
    }

    /** Pairs of rows in the same bucket: {below, above, tied} from the event's side. */
    private long[] withinBuckets(int[] bucket, int buckets) {
        int[] bounds = new int[buckets + 1];
        for (int b : bucket) {
            bounds[b + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            bounds[b + 1] += bounds[b];
        }
        int[] firstGroup = new int[data.strataBounds.length];
        long[] gathered = gatherByBucket(bucket, bounds.clone(), firstGroup);
        int tasks = (buckets + BUCKETS_PER_TASK - 1) / BUCKETS_PER_TASK;
        long[][] counts = new long[tasks][];
        IntStream.range(0, tasks).parallel().forEach(task -> {
            long[] pairs = new long[3];
            int[] tree = new int[BUCKET_SIZE + 1];
            for (int b = task * BUCKETS_PER_TASK; b < Math.min(buckets, (task + 1) * BUCKETS_PER_TASK); b++) {
                sweepBucket(gathered, bounds[b], bounds[b + 1], firstGroup, tree, pairs);
            }
            counts[task] = pairs;
        });
        long[] total = new long[3];
        for (long[] pairs : counts) {
            for (int i = 0; i < 3; i++) {
                total[i] += pairs[i];
            }
        }
        return total;
    }

    /**
     * Each row as {@code group << GROUP_SHIFT | rank in bucket << 1 | event}, bucket after bucket and in time order
     * within a bucket (a counting sort, stable on the sorted positions); the group numbers the (stratum, stop time)
     * groups in sorted order, and {@code firstGroup[s]} receives the first group of stratum s.
     *
     * @param next where each bucket's rows begin (moved along as they are placed)
     */
    private long[] gatherByBucket(int[] bucket, int[] next, int[] firstGroup) {
        long[] gathered = new long[data.size];
        long group = -1;
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            firstGroup[s] = (int) group + 1;
            for (int k = data.strataBounds[s]; k < data.strataBounds[s + 1]; k++) {
                if (k == data.strataBounds[s] || data.stop[k] != data.stop[k - 1]) {
                    group++;
                }
                gathered[next[bucket[k]]++] = group << GROUP_SHIFT | (rank[k] & (BUCKET_SIZE - 1)) << 1
                        | (data.event[k] ? 1 : 0);
            }
        }
        firstGroup[data.strataBounds.length - 1] = (int) group + 1;
        return gathered;
    }

    /**
     * The time-order sweep over one bucket's rows {@code gathered[from, to)}, latest first, with a Fenwick tree over
     * the ranks in the bucket (empty on entry, left empty); a row's stratum is found from its group.
     */
    private static void sweepBucket(long[] gathered, int from, int to, int[] firstGroup, int[] tree, long[] pairs) {
        int stratum = firstGroup.length - 2;
        int stratumEnd = to; // rows of the current stratum added are gathered[i, stratumEnd)
        for (int i = to - 1; i >= from; ) {
            long group = gathered[i] >>> GROUP_SHIFT;
            if (group < firstGroup[stratum]) {
                remove(tree, gathered, i + 1, stratumEnd);
                stratumEnd = i + 1;
                while (group < firstGroup[stratum]) {
                    stratum--;
                }
            }
            long atRisk = stratumEnd - 1 - i; // the later rows of the stratum, then the group's censored rows
            int j = i;
            for (; j >= from && gathered[j] >>> GROUP_SHIFT == group; j--) {
                if ((gathered[j] & 1) == 0) {
                    add(tree, localRank(gathered[j]), 1);
                    atRisk++;
                }
            }
            for (int m = i; m > j; m--) {
                if ((gathered[m] & 1) == 1) {
                    int local = localRank(gathered[m]);
                    long below = prefix(tree, local - 1);
                    long atOrBelow = prefix(tree, local);
                    pairs[0] += below;
                    pairs[1] += atRisk - atOrBelow;
                    pairs[2] += atOrBelow - below;
                }
            }
            for (int m = i; m > j; m--) {
                if ((gathered[m] & 1) == 1) {
                    add(tree, localRank(gathered[m]), 1);
                }
            }
            i = j;
        }
        remove(tree, gathered, from, stratumEnd);
    }

    private static void remove(int[] tree, long[] gathered, int from, int to) {
        for (int m = from; m < to; m++) {
            add(tree, localRank(gathered[m]), -1);
        }
    }

    private static int localRank(long row) {
        return (int) (row >>> 1) & (BUCKET_SIZE - 1);
    }

    private static void add(int[] tree, int local, int delta) {
        for (int t = local + 1; t < tree.length; t += t & -t) {
            tree[t] += delta;
        }
    }

    /** Rows added with a rank in the bucket at most {@code local}. */
    private static long prefix(int[] tree, int local) {
        long sum = 0;
        for (int t = local + 1; t > 0; t -= t & -t) {
            sum += tree[t];
        }
        return sum;
    }
}
