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
 * depends only on the distinct times (entries and exits pooled), which the driver collects once per fit.
 */
record TimeScale(double[] distinct, double[] merged) implements Serializable {

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
        return new TimeScale(distinct, merged);
    }

    /** The time {@code t} stands for once near-ties are merged. */
    double at(double t) {
        return merged[Arrays.binarySearch(distinct, t)];
    }
}
