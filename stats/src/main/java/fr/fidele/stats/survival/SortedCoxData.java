package fr.fidele.stats.survival;

import fr.fidele.stats.math.IndexSort;
import java.util.stream.IntStream;

/**
 * Cox input copied once into the order the risk-set sweeps need: by stratum, then ascending stop time; covariates
 * centred on their means (as R does, so that exp(x·beta) stays in range; the partial likelihood does not change).
 * Near-tied times are merged first when asked ({@link TimeFix}).
 */
final class SortedCoxData {

    /** From this many rows, the columns are gathered in parallel. */
    private static final int PARALLEL_FROM = 1 << 16;

    final int size;
    final int variables;
    final double[] stop;
    final boolean[] event;
    /** Position where each stratum begins; the last entry is {@code size}. */
    final int[] strataBounds;
    /** Centred covariates, {@code x[j][position]}. */
    final double[][] x;
    final double[] means;
    /** Entry times in sorted position (null for right-censored data). */
    final double[] start;
    /** Positions ordered by stratum, then ascending entry time (null for right-censored data). */
    final int[] byStart;

    SortedCoxData(CoxData data, TimeFix timeFix) {
        size = data.size();
        variables = data.covariates().length;
        double[] rowStart = data.start();
        double[] rowStop = data.stop();
        if (rowStart != null && timeFix == TimeFix.ON) {
            double[][] merged = NearTies.merge(rowStart, rowStop);
            rowStart = merged[0];
            rowStop = merged[1];
        }
        IndexSort.SortedKeys sorted = IndexSort.sortedByKey(rowStop);
        if (rowStart == null && timeFix == TimeFix.ON) {
            NearTies.mergeSorted(sorted.key());
        }
        if (data.stratum() != null) {
            sorted = IndexSort.stableByGroup(sorted, data.stratum(), data.strataCount());
        }
        int[] order = sorted.order();
        stop = sorted.key();
        event = new boolean[size];
        int[] sortedStratum = data.stratum() == null ? null : new int[size];
        means = new double[variables];
        x = new double[variables][];
        // the gathers jump around memory: each column on a core of its own (task 0 the events and strata)
        IntStream columns = IntStream.rangeClosed(0, variables);
        (size < PARALLEL_FROM ? columns : columns.parallel()).forEach(task -> {
            if (task == 0) {
                gatherEventsAndStrata(data, order, sortedStratum);
            } else {
                centre(data.covariates()[task - 1], order, task - 1);
            }
        });
        strataBounds = bounds(sortedStratum, size);
        if (rowStart == null) {
            start = null;
            byStart = null;
        } else {
            start = new double[size];
            for (int k = 0; k < size; k++) {
                start[k] = rowStart[order[k]];
            }
            byStart = IndexSort.byGroupThenAscending(sortedStratum, data.strataCount(), start);
        }
    }

    private void gatherEventsAndStrata(CoxData data, int[] order, int[] sortedStratum) {
        for (int k = 0; k < size; k++) {
            int row = order[k];
            event[k] = data.event()[row];
            if (sortedStratum != null) {
                sortedStratum[k] = data.stratum()[row];
            }
        }
    }

    private void centre(double[] column, int[] order, int j) {
        means[j] = mean(column);
        double[] centred = new double[size];
        for (int k = 0; k < size; k++) {
            centred[k] = column[order[k]] - means[j];
        }
        x[j] = centred;
    }

    /** The mean a covariate is centred on, summed in the rows' order: every path centres on this very value. */
    static double mean(double[] column) {
        double sum = 0;
        for (double value : column) {
            sum += value;
        }
        return sum / column.length;
    }

    /** The stratum of the row at sorted position {@code position} (the last stratum for the end). */
    int stratumAt(int position) {
        int s = 0;
        while (s + 2 < strataBounds.length && strataBounds[s + 1] <= position) {
            s++;
        }
        return s;
    }

    /** The first position from {@code position} on that does not split the rows of one stop time. */
    int timeBoundaryFrom(int position) {
        int b = position;
        while (b > 0 && b < size && stop[b] == stop[b - 1]) {
            b++;
        }
        return b;
    }

    private static int[] bounds(int[] sortedStratum, int size) {
        if (sortedStratum == null) {
            return new int[] {0, size};
        }
        int count = 1;
        for (int k = 1; k < size; k++) {
            if (sortedStratum[k] != sortedStratum[k - 1]) {
                count++;
            }
        }
        int[] bounds = new int[count + 1];
        int b = 1;
        for (int k = 1; k < size; k++) {
            if (sortedStratum[k] != sortedStratum[k - 1]) {
                bounds[b++] = k;
            }
        }
        bounds[count] = size;
        return bounds;
    }

    /** Linear predictor x·beta (centred) at every sorted position. */
    double[] linearPredictor(double[] beta) {
        double[] eta = new double[size];
        for (int j = 0; j < variables; j++) {
            double b = beta[j];
            double[] column = x[j];
            for (int k = 0; k < size; k++) {
                eta[k] += b * column[k];
            }
        }
        return eta;
    }
}
