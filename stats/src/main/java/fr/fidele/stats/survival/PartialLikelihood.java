package fr.fidele.stats.survival;

/**
 * Log partial likelihood of the Cox model with its score vector and information matrix at one coefficient vector,
 * computed in one backward sweep over each stratum with running sums over the risk set: O(n p²).
 * Subjects enter the risk set at their stop time; for counting-process data they leave it once the sweep
 * reaches their entry time (a row is at risk at t when start &lt; t &lt;= stop). {@link TimeSums} computes the same
 * from sums gathered by time, so that the rows can be summed elsewhere (a cluster's partitions).
 */
public final class PartialLikelihood {

    final double logLikelihood;
    final double[] score;
    /** Information matrix (negative Hessian), full and symmetric. */
    final double[][] information;

    PartialLikelihood(double logLikelihood, double[] score, double[][] information) {
        this.logLikelihood = logLikelihood;
        this.score = score;
        this.information = information;
    }

    static PartialLikelihood at(SortedCoxData data, double[] beta, Ties ties) {
        // exp(x·beta) is computed inside the sweep, row by row; it is kept only for counting-process data, whose
        // rows leave the risk set later in the sweep.
        double[] risk = data.byStart == null ? null : new double[data.size];
        RiskSetSweep sweep = new RiskSetSweep(data.variables);
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            sweep.stratum(data, beta, risk, data.strataBounds[s], data.strataBounds[s + 1], ties);
        }
        return sweep.result();
    }
}
