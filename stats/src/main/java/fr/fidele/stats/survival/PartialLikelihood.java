package fr.fidele.stats.survival;

import java.util.Arrays;

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

    private PartialLikelihood(double logLikelihood, double[] score, double[][] information) {
        this.logLikelihood = logLikelihood;
        this.score = score;
        this.information = information;
    }

    static PartialLikelihood at(SortedCoxData data, double[] beta, Ties ties) {
        // exp(x·beta) is computed inside the sweep, row by row; it is kept only for counting-process data, whose
        // rows leave the risk set later in the sweep.
        double[] risk = data.byStart == null ? null : new double[data.size];
        Sweep sweep = new Sweep(data.variables);
        for (int s = 0; s + 1 < data.strataBounds.length; s++) {
            sweep.stratum(data, beta, risk, data.strataBounds[s], data.strataBounds[s + 1], ties);
        }
        return sweep.result();
    }

    /** Running sums of one sweep; matrices are flat p×p arrays of which the lower triangle is used. */
    static final class Sweep {
        final int p;
        double logLikelihood;
        final double[] score;
        final double[] information;
        // risk-set sums: S0 = sum r, S1 = sum r x, S2 = sum r x xᵀ
        double s0;
        final double[] s1;
        final double[] s2;
        // sums over the events at the current time
        double eventS0;
        final double[] eventS1;
        final double[] eventS2;
        final double[] mean;
        /** Covariates of the row being added or removed, read once from the columns. */
        final double[] row;

        Sweep(int p) {
            this.p = p;
            score = new double[p];
            information = new double[p * p];
            s1 = new double[p];
            s2 = new double[p * p];
            eventS1 = new double[p];
            eventS2 = new double[p * p];
            mean = new double[p];
            row = new double[p];
        }

        /** Sweeps positions [begin, end); fills {@code risk} (when not null) with exp(x·beta) of each row reached. */
        void stratum(SortedCoxData data, double[] beta, double[] risk, int begin, int end, Ties ties) {
            emptyRiskSet();
            rows(data, beta, risk, false, begin, end, ties);
        }

        /**
         * Sweeps positions [begin, end) backward from the risk set as it stands. With {@code riskKnown}, each row's
         * exp(x·beta) is read from {@code risk} instead of computed; otherwise it is stored there when {@code risk} is
         * not null.
         */
        void rows(SortedCoxData data, double[] beta, double[] risk, boolean riskKnown, int begin, int end, Ties ties) {
            double[][] x = data.x;
            int leaving = end - 1; // next position in entry-time order, scanned from the latest entry
            for (int k = end - 1; k >= begin; ) {
                double t = data.stop[k];
                int deaths = 0;
                noEvents();
                for (; k >= begin && data.stop[k] == t; k--) {
                    double eta = readRow(x, k, beta);
                    double r;
                    if (riskKnown) {
                        r = risk[k];
                    } else {
                        r = Math.exp(eta);
                        if (risk != null) {
                            risk[k] = r;
                        }
                    }
                    add(r);
                    if (data.event[k]) {
                        deaths++;
                        addEvents(1, r, eta);
                    }
                }
                if (data.byStart != null) {
                    for (; leaving >= begin && data.start[data.byStart[leaving]] >= t; leaving--) {
                        int gone = data.byStart[leaving]; // start >= t, so stop > t: already swept
                        for (int j = 0; j < p; j++) {
                            row[j] = x[j][gone];
                        }
                        add(-risk[gone]);
                    }
                }
                deaths(deaths, ties);
            }
        }

        /**
         * Adds {@code count} events of the row in {@link #row}, each of risk {@code r} = exp(eta), to the likelihood's
         * linear terms and to the sums over the events at the current time.
         */
        void addEvents(int count, double r, double eta) {
            double w = count * r;
            eventS0 += w;
            logLikelihood += count * eta;
            for (int i = 0; i < p; i++) {
                double xi = row[i];
                score[i] += count * xi;
                eventS1[i] += w * xi;
                for (int j = 0; j <= i; j++) {
                    eventS2[i * p + j] += w * xi * row[j];
                }
            }
        }

        /** Reads the covariates at position {@code k} into {@link #row} and returns x·beta. */
        double readRow(double[][] x, int k, double[] beta) {
            double eta = 0; // same sum, in the same order, as SortedCoxData.linearPredictor
            for (int j = 0; j < p; j++) {
                row[j] = x[j][k];
                eta += beta[j] * row[j];
            }
            return eta;
        }

        /** Adds another sweep's risk-set sums to this one's (the rows after a piece, in the same stratum). */
        void addRiskSet(Sweep other) {
            s0 += other.s0;
            for (int i = 0; i < p; i++) {
                s1[i] += other.s1[i];
            }
            for (int i = 0; i < p * p; i++) {
                s2[i] += other.s2[i];
            }
        }

        /** Adds another sweep's likelihood terms to this one's (another piece of the rows). */
        void addTerms(Sweep other) {
            logLikelihood += other.logLikelihood;
            for (int i = 0; i < p; i++) {
                score[i] += other.score[i];
            }
            for (int i = 0; i < p * p; i++) {
                information[i] += other.information[i];
            }
        }

        void emptyRiskSet() {
            s0 = 0;
            Arrays.fill(s1, 0);
            Arrays.fill(s2, 0);
        }

        void noEvents() {
            eventS0 = 0;
            Arrays.fill(eventS1, 0);
            Arrays.fill(eventS2, 0);
        }

        /** The likelihood terms of {@code deaths} events at the current time, from the risk-set and event sums. */
        void deaths(int deaths, Ties ties) {
            if (deaths == 0) {
                return;
            }
            if (ties == Ties.BRESLOW) {
                accumulate(0, deaths);
            } else {
                for (int d = 0; d < deaths; d++) {
                    accumulate(d / (double) deaths, 1);
                }
            }
        }

        PartialLikelihood result() {
            double[][] full = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    full[i][j] = information[i * p + j];
                    full[j][i] = information[i * p + j];
                }
            }
            return new PartialLikelihood(logLikelihood, score, full);
        }

        /** Adds (weight r) or removes (weight -r) the row in {@link #row} from the risk-set sums. */
        void add(double w) {
            s0 += w;
            for (int i = 0; i < p; i++) {
                double wxi = w * row[i];
                s1[i] += wxi;
                for (int j = 0; j <= i; j++) {
                    s2[i * p + j] += wxi * row[j];
                }
            }
        }

        /**
         * One term of the likelihood at an event time: the risk set minus a fraction of the events' own weight
         * (Efron), taken {@code multiplicity} times (Breslow uses the whole risk set once per event).
         */
        private void accumulate(double fraction, int multiplicity) {
            double denominator = s0 - fraction * eventS0;
            logLikelihood -= multiplicity * Math.log(denominator);
            // one division per term, not one per sum: a division costs several multiplications' time
            double inverse = 1 / denominator;
            for (int i = 0; i < p; i++) {
                mean[i] = (s1[i] - fraction * eventS1[i]) * inverse;
                score[i] -= multiplicity * mean[i];
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    double second = (s2[i * p + j] - fraction * eventS2[i * p + j]) * inverse;
                    information[i * p + j] += multiplicity * (second - mean[i] * mean[j]);
                }
            }
        }
    }
}
