package fr.fidele.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A partition's rows counted by event time and covariate vector, the in-process fit's counting (decision 30) done in
 * each partition once, before the Newton steps. A row joins the backward sweep at the last event time of its stratum
 * at or before its stop and leaves it at the last one at or before its start; so each (stratum, event time, vector)
 * counts the rows that join there, those of them that end with an event, and the rows that leave there. A loyalty
 * model's covariates are indicators, a few hundred vectors among millions of rows, and its departures fall on a few
 * thousand days: a Newton step then costs a group, not a row. Past {@value #MOST_VECTORS} distinct vectors
 * (continuous covariates) the remaining rows are kept one by one, as they come. A row that spans no event time
 * changes no risk set and is left out.
 */
final class CountedRows implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOST_VECTORS = 65_536;

    final int[] stratum;
    /** The event time's index within its stratum. */
    final int[] time;
    final double[][] x;
    /** Rows joining the sweep at this time (their stop), those of them ending with an event, rows leaving (their start). */
    final double[] exits;
    final double[] events;
    final double[] entries;
    final int size;

    private CountedRows(Builder built) {
        this.size = built.size;
        this.stratum = Arrays.copyOf(built.stratum, size);
        this.time = Arrays.copyOf(built.time, size);
        this.x = Arrays.copyOf(built.x, size);
        this.exits = Arrays.copyOf(built.exits, size);
        this.events = Arrays.copyOf(built.events, size);
        this.entries = Arrays.copyOf(built.entries, size);
    }

    static CountedRows of(Iterator<CoxRow> partition, TimeScale scale, EventTimes events) {
        Builder groups = new Builder();
        while (partition.hasNext()) {
            CoxRow row = partition.next();
            int stopSlot = scale.slot(row.stop());
            int s = row.stratum();
            int exit = events.lastAtOrBefore(s, scale.time(stopSlot));
            int enter = -1;
            if (row.entered()) {
                int startSlot = scale.slot(row.start());
                if (startSlot == stopSlot) {
                    throw new IllegalArgumentException("start and stop times (" + row.start() + ", " + row.stop()
                            + "] are near-ties: the interval would have length 0 (as R's aeqSurv)");
                }
                enter = events.lastAtOrBefore(s, scale.time(startSlot));
            }
            if (exit == enter) {
                continue; // -1 == -1, or both in the same gap between two event times: at risk at no event time
            }
            int vector = groups.vector(row.x());
            int joins = groups.at(s, exit, vector, row.x());
            groups.exits[joins]++;
            groups.events[joins] += row.event() ? 1 : 0;
            if (enter >= 0) {
                int leaves = groups.at(s, enter, vector, row.x()); // first: it may grow the arrays
                groups.entries[leaves]++;
            }
        }
        return new CountedRows(groups);
    }

    /** The groups as they are found: an index by key while the vectors are few. */
    private static final class Builder {

        private final Map<Vector, Integer> vectors = new HashMap<>();
        private final Map<Group, Integer> index = new HashMap<>();
        private int[] stratum = new int[64];
        private int[] time = new int[64];
        private double[][] x = new double[64][];
        private double[] exits = new double[64];
        private double[] events = new double[64];
        private double[] entries = new double[64];
        private int size;

        /** The vector's number, or -1 once the vectors counted are too many. */
        int vector(double[] covariates) {
            Integer known = vectors.get(new Vector(covariates));
            if (known != null) {
                return known;
            }
            if (vectors.size() == MOST_VECTORS) {
                return -1;
            }
            vectors.put(new Vector(covariates), vectors.size());
            return vectors.size() - 1;
        }

        /** The group of (stratum, time, vector), a new one for a vector not counted. */
        int at(int s, int t, int vector, double[] covariates) {
            if (vector < 0) {
                return append(s, t, covariates);
            }
            return index.computeIfAbsent(new Group(s, t, vector), group -> append(s, t, covariates));
        }

        private int append(int s, int t, double[] covariates) {
            if (size == stratum.length) {
                int grown = size * 2;
                stratum = Arrays.copyOf(stratum, grown);
                time = Arrays.copyOf(time, grown);
                x = Arrays.copyOf(x, grown);
                exits = Arrays.copyOf(exits, grown);
                events = Arrays.copyOf(events, grown);
                entries = Arrays.copyOf(entries, grown);
            }
            stratum[size] = s;
            time[size] = t;
            x[size] = covariates;
            return size++;
        }
    }

    /** A covariate vector, compared by value. */
    private record Vector(double[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Vector vector && Arrays.equals(values, vector.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    private record Group(int stratum, int time, int vector) {
    }
}
