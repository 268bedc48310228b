package fr.fidele.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

import fr.fidele.stats.survival.EventTimeLookup;
import org.apache.spark.api.java.JavaRDD;

/**
 * Each stratum's distinct event times (near-ties merged), and the place of every row among them. The partial
 * likelihood sees a row only at the event times it spans: a row joins the backward sweep at the last event time at or
 * before its stop and leaves it at the last one at or before its start, as in process ({@code CountedLikelihood}).
 * The sums by (stratum, time) then have one entry per event time, a few thousand when departures fall on days,
 * even when the rows enter at any instant (the loyalty models' exposures switch on inside a day), instead of one per
 * distinct entry time — which made every Newton step ship gigabytes to the driver.
 *
 * @param times  each stratum's event times, ascending, with the placement of a time among them the in-process fit uses
 * @param offset where each stratum's times start when they are numbered end to end
 */
record EventTimes(EventTimeLookup[] times, int[] offset) implements Serializable {

    static EventTimes of(JavaRDD<CoxRow> rows, TimeScale scale, int strata) {
        List<double[][]> parts = rows.mapPartitions(partition -> {
            List<DoubleStream.Builder> byStratum = new ArrayList<>();
            for (int s = 0; s < strata; s++) {
                byStratum.add(DoubleStream.builder());
            }
            partition.forEachRemaining(row -> {
                if (row.event()) {
                    byStratum.get(row.stratum()).add(scale.time(scale.slot(row.stop())));
                }
            });
            double[][] distinct = byStratum.stream().map(b -> b.build().sorted().distinct().toArray()).toArray(double[][]::new);
            return List.<double[][]>of(distinct).iterator();
        }).collect();
        EventTimeLookup[] times = new EventTimeLookup[strata];
        int[] offset = new int[strata + 1];
        for (int s = 0; s < strata; s++) {
            int stratum = s;
            double[] ascending = parts.stream().flatMapToDouble(part -> Arrays.stream(part[stratum])).sorted().distinct().toArray();
            times[s] = new EventTimeLookup(ascending);
            offset[s + 1] = offset[s] + times[s].size();
        }
        return new EventTimes(times, offset);
    }

    /** How many (stratum, event time) pairs there are. */
    int size() {
        return offset[offset.length - 1];
    }

    /** The number of the last event time of {@code stratum} at or before the merged time {@code t}; -1 if none. */
    int lastAtOrBefore(int stratum, double t) {
        return times[stratum].lastAtOrBefore(t);
    }

    /** The key of event time {@code index} of {@code stratum}. */
    TimeKey key(int stratum, int index) {
        return new TimeKey(stratum, times[stratum].time(index));
    }
}
