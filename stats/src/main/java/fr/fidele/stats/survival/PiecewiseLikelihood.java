package fr.fidele.stats.survival;

import java.util.stream.IntStream;

/**
 * The partial likelihood of right-censored data with (nearly) distinct times on every core. The backward sweep of
 * {@link PartialLikelihood} carries running risk-set sums from the latest time to the earliest, which looks
 * sequential; but the sums a piece of the rows starts from are only the sums over the rows after it. So the sorted
 * rows are cut into {@value #PIECES} fixed pieces (never inside a tied time); a first pass computes every row's
 * exp(x·beta) and each piece's sums over its rows of the stratum it begins in; a second pass sweeps each piece
 * backward from the sums of the pieces after it in the same stratum, with the sweep's own code; the pieces' terms are
 * added in piece order. The pieces are fixed, not one per core, so the result is the same on any machine; it equals
 * the sequential sweep up to the order of the additions.
 */
final class PiecewiseLikelihood {

    private static final int PIECES = 8;
    /** Below this many rows, the sequential sweep is as fast as starting the pieces. */
    private static final int PARALLEL_FROM = 100_000;

    private final SortedCoxData data;
    /** Position where each piece begins; the last entry is the size. */
    private final int[] bounds;
    /** Stratum of each piece's first and last rows. */
    private final int[] firstStratum;
    private final int[] lastStratum;
    /** exp(x·beta) of every row, written by the first pass and read by the second. */
    private final double[] risk;

    private PiecewiseLikelihood(SortedCoxData data, int[] bounds) {
        this.data = data;
        this.bounds = bounds;
        this.firstStratum = new int[PIECES];
        this.lastStratum = new int[PIECES];
        for (int piece = 0; piece < PIECES; piece++) {
            firstStratum[piece] = data.stratumAt(bounds[piece]);
            lastStratum[piece] = data.stratumAt(Math.max(bounds[piece], bounds[piece + 1] - 1));
        }
        this.risk = new double[data.size];
    }

    /** The computation by pieces for large right-censored data, or null (small data, counting-process rows). */
    static PiecewiseLikelihood forUntied(SortedCoxData data) {
        if (data.size < PARALLEL_FROM || data.byStart != null) {
            return null;
        }
        return of(data);
    }

    /** The computation by pieces whatever the size (right-censored data; for tests). */
    static PiecewiseLikelihood of(SortedCoxData data) {
        int n = data.size;
        int[] bounds = new int[PIECES + 1];
        for (int piece = 1; piece < PIECES; piece++) {
            // the events of one time stay in one piece
            bounds[piece] = data.timeBoundaryFrom(Math.max(bounds[piece - 1], (int) ((long) n * piece / PIECES)));
        }
        bounds[PIECES] = n;
        return new PiecewiseLikelihood(data, bounds);
    }

    PartialLikelihood at(double[] beta, Ties ties) {
        RiskSetSweep[] heads = new RiskSetSweep[PIECES];
        IntStream.range(0, PIECES).parallel().forEach(piece -> heads[piece] = head(piece, beta));
        RiskSetSweep[] pieces = new RiskSetSweep[PIECES];
        IntStream.range(0, PIECES).parallel().forEach(piece -> pieces[piece] = sweep(piece, beta, heads, ties));
        for (int piece = 1; piece < PIECES; piece++) {
            pieces[0].addTerms(pieces[piece]);
        }
        return pieces[0].result();
    }

    /** First pass over a piece: every row's exp(x·beta) into {@link #risk}; the sums over its first stratum's rows. */
    private RiskSetSweep head(int piece, double[] beta) {
        RiskSetSweep sums = new RiskSetSweep(data.variables);
        int begin = bounds[piece];
        int end = bounds[piece + 1];
        int headEnd = Math.min(end, data.strataBounds[firstStratum[piece] + 1]);
        for (int k = begin; k < end; k++) {
            double r = Math.exp(sums.readRow(data.x, k, beta));
            risk[k] = r;
            if (k < headEnd) {
                sums.add(r);
            }
        }
        return sums;
    }

    /** Second pass: the piece's strata from the last, the last one starting from the rows after the piece. */
    private RiskSetSweep sweep(int piece, double[] beta, RiskSetSweep[] heads, Ties ties) {
        RiskSetSweep sweep = new RiskSetSweep(data.variables);
        int stratum = lastStratum[piece];
        for (int later = piece + 1; later < PIECES && firstStratum[later] == stratum; later++) {
            sweep.addRiskSet(heads[later]);
            if (lastStratum[later] != stratum) {
                break;
            }
        }
        int begin = bounds[piece];
        int end = bounds[piece + 1];
        for (int s = stratum; s >= firstStratum[piece] && end > begin; s--) {
            int from = Math.max(begin, data.strataBounds[s]);
            if (s != stratum) {
                sweep.emptyRiskSet();
            }
            sweep.rows(data, beta, risk, true, from, end, ties);
            end = from;
        }
        return sweep;
    }

}
