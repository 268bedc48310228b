package fr.fidele.spark;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.PartialLikelihood;
import fr.fidele.stats.survival.Ties;
import fr.fidele.stats.survival.TimeFix;
import fr.fidele.stats.survival.TimeSums;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Cox model of {@link CoxModel} fitted on a Spark cluster, the way its mathematics allows: each Newton step is
 * one aggregation over the partitions of the sums by (stratum, time) of {@link TimeSums} — events, risk-set sums of
 * exp(xβ), x·exp(xβ) and x·xᵀ·exp(xβ), with entries and exits for counting-process rows — combined in time order on
 * the driver, which runs the in-process fit's own Newton–Raphson (same steps, halving, convergence and checks). Not a
 * sample, not an approximation: the result is the in-process one up to the order of the additions.
 * <p>
 * The driver holds one entry per distinct (stratum, time): a few thousand for times in days, whatever the number of
 * rows. Spark's MLlib has no Cox model (only a parametric AFT regression); this is the part Fidèle adds.
 */
public final class DistributedCox {

    private DistributedCox() {
    }

    /** Fits with near-tied times merged first, as R and {@link CoxModel#fit(fr.fidele.stats.survival.CoxData, Ties)} do. */
    public static CoxResult fit(JavaRDD<CoxRow> rows, List<String> terms, Ties ties) {
        return fit(rows, terms, ties, TimeFix.ON);
    }

    public static CoxResult fit(JavaRDD<CoxRow> rows, List<String> terms, Ties ties, TimeFix timeFix) {
        int p = terms.size();
        // the rows are read once per Newton step: kept in memory for the fit, unless the caller keeps them already
        boolean persisted = rows.getStorageLevel().equals(StorageLevel.NONE());
        JavaRDD<CoxRow> cached = persisted ? rows.persist(StorageLevel.MEMORY_AND_DISK()) : rows;
        List<Broadcast<?>> broadcasts = new ArrayList<>();
        JavaRDD<CountedRows> counted = null;
        try {
            Totals totals = cached.treeAggregate(new Totals(p), Totals::add, Totals::merge);
            if (totals.rows() == 0) {
                throw new IllegalArgumentException("no rows to fit");
            }
            JavaSparkContext spark = JavaSparkContext.fromSparkContext(cached.context());
            Broadcast<double[]> means = spark.broadcast(totals.means());
            TimeScale times = TimeScale.of(cached, timeFix);
            int strata = totals.strata();
            Broadcast<TimeScale> scale = spark.broadcast(times);
            Broadcast<EventTimes> events = spark.broadcast(EventTimes.of(cached, times, strata));
            broadcasts.add(means);
            broadcasts.add(scale);
            broadcasts.add(events);
            // each partition's rows counted once, before the steps: a step then costs a group, not a row
            counted = cached
                .mapPartitions(partition -> List.of(CountedRows.of(partition, scale.value(), events.value())).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
            counted.count();
            if (persisted) {
                // the steps read the counted rows only: the rows themselves need not stay in the executors' memory
                cached.unpersist(false);
                persisted = false;
            }
            JavaRDD<CountedRows> groups = counted;
            return CoxModel.fit(beta -> {
                Broadcast<double[]> coefficients = spark.broadcast(beta);
                broadcasts.add(coefficients);
                return gathered(groups, coefficients, means, events, ties);
            }, terms, totals.rows(), totals.events());
        }
        finally {
            broadcasts.forEach(broadcast -> broadcast.destroy());
            if (counted != null) {
                counted.unpersist(false);
            }
            if (persisted) {
                cached.unpersist(false);
            }
        }
    }

    /** One Newton step's aggregation: the sums of every partition by (stratum, time), merged, swept on the driver. */
    private static PartialLikelihood gathered(JavaRDD<CountedRows> groups, Broadcast<double[]> beta,
            Broadcast<double[]> means, Broadcast<EventTimes> events, Ties ties) {
        int p = beta.value().length;
        List<Tuple2<TimeKey, double[]>> sums = groups
            .mapPartitionsToPair(partition -> partitionSums(partition.next(), beta.value(), means.value(), events.value())
                .iterator())
            .reduceByKey(TimeSums::merge)
            .collect();
        List<Tuple2<TimeKey, double[]>> inOrder = new ArrayList<>(sums);
        inOrder.sort((a, b) -> a._1().compareTo(b._1()));
        int[] stratumOf = new int[inOrder.size()];
        double[][] entries = new double[inOrder.size()][];
        for (int k = 0; k < entries.length; k++) {
            stratumOf[k] = inOrder.get(k)._1().stratum();
            entries[k] = inOrder.get(k)._2();
        }
        return TimeSums.likelihood(p, stratumOf, entries, ties);
    }

    /**
     * A partition's sums, in an array by (stratum, event time), from its counted rows: each group's exp(xβ) once,
     * multiplied by the rows that join or leave there and their events.
     */
    private static List<Tuple2<TimeKey, double[]>> partitionSums(CountedRows groups, double[] beta, double[] means,
            EventTimes events) {
        int p = beta.length;
        int width = TimeSums.width(p);
        double[][] sums = new double[events.size()][];
        double[] x = new double[p];
        for (int g = 0; g < groups.size; g++) {
            double eta = 0; // centred as the in-process fit centres, summed in the same order
            for (int j = 0; j < p; j++) {
                x[j] = groups.x[g][j] - means[j];
                eta += beta[j] * x[j];
            }
            double[] entry = entry(sums, events.offset()[groups.stratum[g]] + groups.time[g], width);
            if (groups.exits[g] > 0) {
                TimeSums.addExits(entry, x, eta, groups.exits[g], groups.events[g]);
            }
            if (groups.entries[g] > 0) {
                TimeSums.addEntries(entry, x, eta, groups.entries[g]);
            }
        }
        List<Tuple2<TimeKey, double[]>> pairs = new ArrayList<>();
        for (int s = 0; s < events.times().length; s++) {
            for (int k = events.offset()[s]; k < events.offset()[s + 1]; k++) {
                if (sums[k] != null) {
                    pairs.add(new Tuple2<>(events.key(s, k - events.offset()[s]), sums[k]));
                }
            }
        }
        return pairs;
    }

    private static double[] entry(double[][] sums, int index, int width) {
        double[] entry = sums[index];
        if (entry == null) {
            entry = new double[width];
            sums[index] = entry;
        }
        return entry;
    }
}
