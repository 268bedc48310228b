package fr.fidele.stats.survival;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The partial likelihood of tied data (times in days: a few thousand distinct times for millions of rows) computed
 * on every core: the rows, cut into {@value #PIECES} fixed pieces, are summed by (stratum, time) in parallel
 * ({@link TimeSums}), the pieces' sums added in piece order, and the few thousand sums swept in time order. The
 * row-by-row sweep of {@link PartialLikelihood} is sequential by nature; this gives the same result up to the order of
 * the additions, on any number of cores the same to the bit.
 */
final class GroupedLikelihood {

    private static final int PIECES = 8;
    /** Below this many rows, the sequential sweep is as fast as starting the pieces. */
    private static final int PARALLEL_FROM = 100_000;
    /** Rows per distinct (stratum, time) from which summing by time pays. */
    private static final int ROWS_PER_TIME = 16;
    /** Doubles held by the pieces' sums at most (128 MB). */
    private static final long MOST_SUMS = 16L << 20;

    private final SortedCoxData data;
    private final int width;
    /** Each entry's stratum, by stratum, then ascending time. */
    private final int[] stratum;
    /** The entry of each row's stop, and of its start for counting-process rows. */
    private final int[] stopEntry;
    private final int[] startEntry;
    private final double[][] pieces;

    private GroupedLikelihood(SortedCoxData data, int[] stratum, int[] stopEntry, int[] startEntry) {
        this.data = data;
        this.width = TimeSums.width(data.variables);
        this.stratum = stratum;
        this.stopEntry = stopEntry;
        this.startEntry = startEntry;
        this.pieces = new double[PIECES][stratum.length * width];
    }

    /** The grouped computation when the data are large and tied enough for it to pay, or null. */
    static GroupedLikelihood forTied(SortedCoxData data) {
        if (data.size < PARALLEL_FROM) {
            return null;
        }
        return of(data, ROWS_PER_TIME);
    }

    /** The grouped computation when there are at least {@code rowsPerTime} rows per distinct (stratum, time), or null. */
    static GroupedLikelihood of(SortedCoxData data, int rowsPerTime) {
        int[] stopEntry = new int[data.size];
        int[] startEntry = data.start == null ? null : new int[data.size];
        int entries = 0;
        // at most one entry per stop and start, and no more than the rows per time allow
        int[] stratumOf = new int[(startEntry == null ? data.size : 2 * data.size) / rowsPerTime + 1];
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            int begin = data.strataBounds[s];
            int end = data.strataBounds[s + 1];
            int stop = begin;
            int start = begin; // in data.byStart, the stratum's rows by ascending start
            while (stop < end || (startEntry != null && start < end)) {
                double t = Math.min(stop < end ? data.stop[stop] : Double.POSITIVE_INFINITY,
                        startEntry != null && start < end ? data.start[data.byStart[start]] : Double.POSITIVE_INFINITY);
                if (entries == stratumOf.length) {
                    return null; // too many distinct times for summing by time to pay
                }
                stratumOf[entries] = s;
                for (; stop < end && data.stop[stop] == t; stop++) {
                    stopEntry[stop] = entries;
                }
                for (; startEntry != null && start < end && data.start[data.byStart[start]] == t; start++) {
                    startEntry[data.byStart[start]] = entries;
                }
                entries++;
            }
        }
        if ((long) PIECES * entries * TimeSums.width(data.variables) > MOST_SUMS) {
            return null;
        }
        return new GroupedLikelihood(data, Arrays.copyOf(stratumOf, entries), stopEntry, startEntry);
    }

    PartialLikelihood at(double[] beta, Ties ties) {
        int n = data.size;
        IntStream.range(0, PIECES).parallel().forEach(piece -> sum(beta, pieces[piece], n * (long) piece / PIECES,
                n * (long) (piece + 1) / PIECES));
        double[] total = pieces[0];
        IntStream.range(0, PIECES).parallel().forEach(part -> {
            int from = (int) ((long) total.length * part / PIECES);
            int to = (int) ((long) total.length * (part + 1) / PIECES);
            for (int piece = 1; piece < PIECES; piece++) {
                double[] sums = pieces[piece];
                for (int i = from; i < to; i++) {
                    total[i] += sums[i];
                }
            }
        });
        return TimeSums.likelihood(data.variables, stratum, total, ties);
    }

    /** Sums the rows at positions [from, to) into {@code sums}, by entry. */
    private void sum(double[] beta, double[] sums, long from, long to) {
        Arrays.fill(sums, 0);
        int p = data.variables;
        double[][] x = data.x;
        double[] row = new double[p];
        for (int k = (int) from; k < to; k++) {
            double eta = 0; // same sum, in the same order, as the sweep's
            for (int j = 0; j < p; j++) {
                row[j] = x[j][k];
                eta += beta[j] * row[j];
            }
            TimeSums.addExit(sums, stopEntry[k] * width, row, eta, data.event[k]);
            if (startEntry != null) {
                TimeSums.addEntry(sums, startEntry[k] * width, row, eta);
            }
        }
    }
}
