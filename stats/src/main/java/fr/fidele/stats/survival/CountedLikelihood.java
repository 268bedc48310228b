package fr.fidele.stats.survival;

import java.util.Arrays;

/**
 * The partial likelihood of many rows sharing few covariate vectors (indicators), from counts. The partial likelihood
 * sees a row only at the event times of its stratum it spans: at risk at event time t when start &lt; t &lt;= stop. So
 * each row joins the backward sweep at the last event time at or before its stop and leaves it at the last one at or
 * before its start; rows of the same vector that join or leave at the same event time are counted together, once.
 * Each Newton step then sums, per (event time, vector), the count times exp(x·beta) and its products with x: its cost
 * follows the distinct pairs — thousands of days by a few hundred vectors — not the millions of rows, and the rows
 * need no sorting. Continuous entry and exit times (a contact's moment) cost nothing more than days. The result is the
 * row-by-row sweep's up to the order of the additions.
 */
final class CountedLikelihood {

    /** Rows per distinct (event time, vector) from which counting pays. */
    private static final int ROWS_PER_GROUP = 2;
    /** Distinct vectors at most, whatever the rows. */
    private static final int MOST_PATTERNS = 1 << 16;
    /** Distinct (event time, vector) pairs at most, whatever the rows: their table takes 48 MB at most. */
    private static final int MOST_GROUPS = 1 << 21;

    private final CovariatePatterns patterns;
    /** The distinct vectors centred on the means of all rows, as the row sweep centres them. */
    private final double[] centred;
    /** Where each stratum's event times begin among the entries; the last one is the number of entries. */
    private final int[] strataEntries;
    /** Where each entry's groups begin; the last one is the number of groups. */
    private final int[] entryGroups;
    /** Each group's vector, rows joining less rows leaving, and events. */
    private final int[] pattern;
    private final int[] net;
    private final int[] deaths;

    private CountedLikelihood(CovariatePatterns patterns, double[] centred, int[] strataEntries, CountedRows rows) {
        this.patterns = patterns;
        this.centred = centred;
        this.strataEntries = strataEntries;
        int entries = strataEntries[strataEntries.length - 1];
        this.entryGroups = new int[entries + 1];
        for (int g = 0; g < rows.size(); g++) {
            entryGroups[rows.entry(g) + 1]++;
        }
        for (int k = 0; k < entries; k++) {
            entryGroups[k + 1] += entryGroups[k];
        }
        int[] next = Arrays.copyOf(entryGroups, entries);
        this.pattern = new int[rows.size()];
        this.net = new int[rows.size()];
        this.deaths = new int[rows.size()];
        for (int g = 0; g < rows.size(); g++) {
            int at = next[rows.entry(g)]++;
            pattern[at] = rows.pattern(g);
            net[at] = rows.net(g);
            deaths[at] = rows.deaths(g);
        }
    }

    /** The computation from counts when there are at least {@value #ROWS_PER_GROUP} rows per count, or null. */
    static CountedLikelihood forFewVectors(CoxData data, TimeFix timeFix) {
        return of(data, timeFix, ROWS_PER_GROUP);
    }

    /** The computation from counts when there are at least {@code rowsPerGroup} rows per count, or null. */
    static CountedLikelihood of(CoxData data, TimeFix timeFix, int rowsPerGroup) {
        int n = data.size();
        int most = Math.max(1, Math.min(MOST_GROUPS, n / rowsPerGroup));
        CovariatePatterns patterns = CovariatePatterns.of(data.covariates(), Math.min(MOST_PATTERNS, most));
        if (patterns == null) {
            return null;
        }
        int[] stratum = data.stratum();
        double[][] eventTimes = eventTimes(data.stop(), data.event(), stratum, data.strataCount());
        if (Arrays.stream(eventTimes).mapToLong(times -> times.length).sum() > most) {
            // each event time takes a pair at least: known before the merge of near-ties sorts every time
            return null;
        }
        double[] start = data.start();
        double[] stop = data.stop();
        if (timeFix == TimeFix.ON && start != null) {
            double[][] merged = NearTies.merge(start, stop);
            start = merged[0];
            stop = merged[1];
        } else if (timeFix == TimeFix.ON) {
            stop = NearTies.merge(stop);
        }
        if (stop != data.stop()) {
            eventTimes = eventTimes(stop, data.event(), stratum, data.strataCount());
        }
        int[] strataEntries = new int[eventTimes.length + 1];
        EventTimeLookup[] lookups = new EventTimeLookup[eventTimes.length];
        for (int s = 0; s < eventTimes.length; s++) {
            strataEntries[s + 1] = strataEntries[s] + eventTimes[s].length;
            lookups[s] = new EventTimeLookup(eventTimes[s]);
        }
        CountedRows rows = new CountedRows(patterns.count, most);
        int previousStratum = -1;
        int previousStopAt = -1;
        for (int i = 0; i < n; i++) {
            int s = stratum == null ? 0 : stratum[i];
            // a follow-up split in rows: each row starts where the one before it stopped, already placed
            int startAt = start == null ? -1
                    : s == previousStratum && i > 0 && start[i] == stop[i - 1] ? previousStopAt
                    : lookups[s].lastAtOrBefore(start[i]);
            int stopAt = lookups[s].lastAtOrBefore(stop[i]);
            previousStratum = s;
            previousStopAt = stopAt;
            if (stopAt == startAt) {
                continue; // at risk at none of the event times
            }
            int q = patterns.ofRow[i];
            if (!rows.join(strataEntries[s] + stopAt, q, data.event()[i])
                    || startAt >= 0 && !rows.leave(strataEntries[s] + startAt, q)) {
                return null;
            }
        }
        return new CountedLikelihood(patterns, centred(data.covariates(), patterns), strataEntries, rows);
    }

    PartialLikelihood at(double[] beta, Ties ties) {
        int p = patterns.variables;
        double[] eta = new double[patterns.count];
        double[] risk = new double[patterns.count];
        for (int q = 0; q < patterns.count; q++) {
            double sum = 0; // same sum, in the same order, as the row sweep's
            for (int j = 0; j < p; j++) {
                sum += beta[j] * centred[q * p + j];
            }
            eta[q] = sum;
            risk[q] = Math.exp(sum);
        }
        RiskSetSweep sweep = new RiskSetSweep(p);
        for (int s = strataEntries.length - 2; s >= 0; s--) {
            sweep.emptyRiskSet();
            for (int k = strataEntries[s + 1] - 1; k >= strataEntries[s]; k--) {
                sweep.noEvents();
                int events = 0;
                for (int g = entryGroups[k]; g < entryGroups[k + 1]; g++) {
                    int q = pattern[g];
                    System.arraycopy(centred, q * p, sweep.row, 0, p);
                    if (net[g] != 0) {
                        sweep.add(net[g] * risk[q]);
                    }
                    if (deaths[g] > 0) {
                        sweep.addEvents(deaths[g], risk[q], eta[q]);
                        events += deaths[g];
                    }
                }
                sweep.deaths(events, ties);
            }
        }
        return sweep.result();
    }

    /** Each stratum's distinct event times, ascending. */
    private static double[][] eventTimes(double[] stop, boolean[] event, int[] stratum, int strata) {
        int[] counts = new int[strata];
        for (int i = 0; i < stop.length; i++) {
            if (event[i]) {
                counts[stratum == null ? 0 : stratum[i]]++;
            }
        }
        double[][] times = new double[strata][];
        for (int s = 0; s < strata; s++) {
            times[s] = new double[counts[s]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < stop.length; i++) {
            if (event[i]) {
                int s = stratum == null ? 0 : stratum[i];
                times[s][counts[s]++] = stop[i];
            }
        }
        for (int s = 0; s < strata; s++) {
            double[] t = times[s];
            Arrays.sort(t);
            int distinct = 0;
            for (int k = 0; k < t.length; k++) {
                if (distinct == 0 || t[k] != t[distinct - 1]) {
                    t[distinct++] = t[k];
                }
            }
            times[s] = Arrays.copyOf(t, distinct);
        }
        return times;
    }

    private static double[] centred(double[][] covariates, CovariatePatterns patterns) {
        int p = patterns.variables;
        double[] centred = patterns.values.clone();
        for (int j = 0; j < p; j++) {
            double mean = SortedCoxData.mean(covariates[j]);
            for (int q = 0; q < patterns.count; q++) {
                centred[q * p + j] -= mean;
            }
        }
        return centred;
    }
}
