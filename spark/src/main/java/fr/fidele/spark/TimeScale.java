package fr.fidele.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

import fr.fidele.stats.survival.NearTies;
import fr.fidele.stats.survival.TimeFix;
import org.apache.spark.api.java.JavaRDD;

/**
 * The times of the rows with near-ties merged as R's {@code aeqSurv} and the in-process fit merge them: the merge
 * depends only on the distinct times (entries and exits pooled), which the driver collects once per fit. Each time
 * has a slot, the rank of its merged time, so that a partition sums its rows into an array instead of a map.
 *
 * @param distinct the rows' distinct times, ascending
 * @param slot     the slot of each of them
 * @param times    the merged time of each slot, ascending
 */
record TimeScale(double[] distinct, int[] slot, double[] times) implements Serializable {

    static TimeScale of(JavaRDD<CoxRow> rows, TimeFix timeFix) {
        // each partition's distinct times as one array (no shuffle of boxed doubles), made distinct again here
        List<double[]> parts = rows.mapPartitions(partition -> {
            DoubleStream.Builder times = DoubleStream.builder();
            partition.forEachRemaining(row -> {
                times.add(row.stop());
                if (row.entered()) {
                    times.add(row.start());
                }
            });
            return List.of(times.build().sorted().distinct().toArray()).iterator();
        }).collect();
        double[] distinct = parts.stream().flatMapToDouble(DoubleStream::of).sorted().distinct().toArray();
        double[] merged = distinct.clone();
        if (timeFix == TimeFix.ON) {
            NearTies.mergeSorted(merged);
        }
        int[] slot = new int[merged.length];
        for (int i = 1; i < merged.length; i++) {
            slot[i] = slot[i - 1] + (merged[i] != merged[i - 1] ? 1 : 0);
        }
        double[] times = new double[merged.length == 0 ? 0 : slot[merged.length - 1] + 1];
        for (int i = 0; i < merged.length; i++) {
            times[slot[i]] = merged[i];
        }
        return new TimeScale(distinct, slot, times);
    }

    /** The slot of a row's time {@code t}, near-ties merged. */
    int slot(double t) {
        return slot[Arrays.binarySearch(distinct, t)];
    }

    /** The merged time of a slot. */
    double time(int slot) {
        return times[slot];
    }

    int slots() {
        return times.length;
    }
}
