package fr.fidele.stats.survival;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The Cox partial likelihood gathered by time, for rows summed anywhere (each partition of a cluster, say) and
 * combined afterwards. One entry per (stratum, time) holds, at one coefficient vector, the sums over the rows that
 * leave the study at that time — the risk set's S0 = Σ r, S1 = Σ r x and S2 = Σ r x xᵀ with r = exp(x·beta), the
 * same over the events, their number, Σ x·beta and Σ x over them — and, for counting-process data, the same risk-set
 * sums over the rows that enter the study at that time. Entries of the same (stratum, time) from two sets of rows are
 * added ({@link #merge}); {@link #likelihood} then sweeps them in time order exactly as {@link PartialLikelihood}
 * sweeps the rows, so the result is the in-process one up to the order of the additions.
 * <p>
 * Covariates are centred by the caller (on the means of all rows, as the in-process fit does) so that exp(x·beta)
 * stays in range; matrices are kept as lower triangles, row by row.
 */
public final class TimeSums {

    private static final int DEATHS = 0;
    private static final int EVENTS_ETA = 1;
    private static final int EVENTS_X = 2;

    private TimeSums() {
    }

    /** Doubles in one entry, for {@code p} covariates. */
    public static int width(int p) {
        return EVENTS_X + p + 3 * block(p);
    }

    /**
     * Adds a row whose follow-up ends at the entry's time (its stop): it joins the backward sweep's risk set there,
     * and counts among the events when it ends with one.
     *
     * @param x   its centred covariates
     * @param eta x·beta
     */
    public static void addExit(double[] entry, double[] x, double eta, boolean event) {
        addExit(entry, 0, x, eta, event);
    }

    /** Adds a counting-process row whose follow-up starts at the entry's time: it leaves the backward sweep there. */
    public static void addEntry(double[] entry, double[] x, double eta) {
        addEntry(entry, 0, x, eta);
    }

    /**
     * Adds {@code rows} rows alike (the same covariates, joining the sweep at the entry's time), {@code events} of them
     * ending with an event: what {@link #addExit(double[], double[], double, boolean)} adds for each, multiplied.
     */
    public static void addExits(double[] entry, double[] x, double eta, double rows, double events) {
        addExits(entry, 0, x, eta, rows, events);
    }

    /** Adds {@code rows} counting-process rows alike whose follow-up starts at the entry's time. */
    public static void addEntries(double[] entry, double[] x, double eta, double rows) {
        addBlock(entry, entering(x.length), x, rows * Math.exp(eta));
    }

    /** {@link #addExit(double[], double[], double, boolean)} into the entry that starts at {@code base}. */
    static void addExit(double[] sums, int base, double[] x, double eta, boolean event) {
        // one row is one group of one: multiplying by 1 changes no bit
        addExits(sums, base, x, eta, 1, event ? 1 : 0);
    }

    private static void addExits(double[] sums, int base, double[] x, double eta, double rows, double events) {
        int p = x.length;
        double r = Math.exp(eta);
        addBlock(sums, base + atRisk(p), x, rows * r);
        if (events > 0) {
            sums[base + DEATHS] += events;
            sums[base + EVENTS_ETA] += events * eta;
            for (int i = 0; i < p; i++) {
                sums[base + EVENTS_X + i] += events * x[i];
            }
            addBlock(sums, base + events(p), x, events * r);
        }
    }

    /** {@link #addEntry(double[], double[], double)} into the entry that starts at {@code base}. */
    static void addEntry(double[] sums, int base, double[] x, double eta) {
        addBlock(sums, base + entering(x.length), x, Math.exp(eta));
    }

    /** Adds {@code other} into {@code entry}: the same (stratum, time) summed over two sets of rows. */
    public static double[] merge(double[] entry, double[] other) {
        for (int i = 0; i < entry.length; i++) {
            entry[i] += other[i];
        }
        return entry;
    }

    /**
     * The partial likelihood of every entry.
     *
     * @param stratum each entry's stratum, ascending
     * @param entries the entries, by stratum, then ascending time
     */
    public static PartialLikelihood likelihood(int p, int[] stratum, double[][] entries, Ties ties) {
        return likelihood(p, stratum, k -> entries[k], k -> 0, ties);
    }

    /** The same over entries laid end to end in one array, entry k starting at k × {@link #width}. */
    static PartialLikelihood likelihood(int p, int[] stratum, double[] sums, Ties ties) {
        int width = width(p);
        return likelihood(p, stratum, k -> sums, k -> k * width, ties);
    }

    private static PartialLikelihood likelihood(int p, int[] stratum, IntFunction<double[]> array, IntUnaryOperator base,
            Ties ties) {
        RiskSetSweep sweep = new RiskSetSweep(p);
        int end = stratum.length;
        while (end > 0) {
            int begin = end - 1;
            while (begin > 0 && stratum[begin - 1] == stratum[end - 1]) {
                begin--;
            }
            sweep.emptyRiskSet();
            for (int k = end - 1; k >= begin; k--) {
                double[] sums = array.apply(k);
                int at = base.applyAsInt(k);
                addTo(sweep, sums, at + atRisk(p), 1);
                // rows entering at t or later are not at risk at t (at risk when start < t <= stop)
                addTo(sweep, sums, at + entering(p), -1);
                int deaths = (int) sums[at + DEATHS];
                if (deaths > 0) {
                    sweep.logLikelihood += sums[at + EVENTS_ETA];
                    for (int i = 0; i < p; i++) {
                        sweep.score[i] += sums[at + EVENTS_X + i];
                    }
                }
                sweep.noEvents();
                sweep.eventS0 = sums[at + events(p)];
                unpack(sums, at + events(p), p, sweep.eventS1, sweep.eventS2, 1);
                sweep.deaths(deaths, ties);
            }
            end = begin;
        }
        return sweep.result();
    }

    private static int block(int p) {
        return 1 + p + p * (p + 1) / 2;
    }

    private static int atRisk(int p) {
        return EVENTS_X + p;
    }

    private static int events(int p) {
        return atRisk(p) + block(p);
    }

    private static int entering(int p) {
        return events(p) + block(p);
    }

    private static void addBlock(double[] entry, int offset, double[] x, double r) {
        int p = x.length;
        entry[offset] += r;
        int k = offset + 1 + p;
        for (int i = 0; i < p; i++) {
            double rxi = r * x[i];
            entry[offset + 1 + i] += rxi;
            for (int j = 0; j <= i; j++) {
                entry[k++] += rxi * x[j];
            }
        }
    }

    private static void addTo(RiskSetSweep sweep, double[] entry, int offset, double sign) {
        sweep.s0 += sign * entry[offset];
        unpack(entry, offset, sweep.p, sweep.s1, sweep.s2, sign);
    }

    /** Adds a block's S1 and lower-triangle S2, times {@code sign}, into flat sums (S2 as p×p, lower triangle). */
    private static void unpack(double[] entry, int offset, int p, double[] s1, double[] s2, double sign) {
        int k = offset + 1 + p;
        for (int i = 0; i < p; i++) {
            s1[i] += sign * entry[offset + 1 + i];
            for (int j = 0; j <= i; j++) {
                s2[i * p + j] += sign * entry[k++];
            }
        }
    }

    /**
     * The index of the last time at or before {@code t}, -1 when every time is after it: where a row whose time is
     * {@code t} joins or leaves a sweep over event times only (the partial likelihood sees nothing in between).
     */
    public static int lastAtOrBefore(double[] ascending, double t) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] <= t) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }
}
