package fr.fidele.stats.survival;

import java.util.Arrays;

/**
 * The running sums of one backward sweep of the Cox partial likelihood (see {@link PartialLikelihood}) and the
 * likelihood's terms gathered so far; matrices are flat p×p arrays of which the lower triangle is used. The rows are
 * swept by {@link #rows}, or their sums set by time ({@link TimeSums}, {@link CountedLikelihood}).
 */
final class RiskSetSweep {

    final int p;
    /** The linear terms so far; the denominators' logarithms are subtracted only by {@link #result}. */
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
    /** The denominators' logarithms, subtracted from the log-likelihood when the sweep's result is read. */
    private final LogProduct denominators = new LogProduct();
    /** Covariates of the row being added or removed, read once from the columns. */
    final double[] row;

    RiskSetSweep(int p) {
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
            int last = k;
            int deaths = 0;
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
                    addEventTerms(1, eta);
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
            // only Efron's terms of tied events read the events' own sums: gathered for those times alone
            boolean efronTies = deaths > 1 && ties == Ties.EFRON;
            if (efronTies) {
                eventSums(data, beta, risk, k + 1, last);
            }
            deaths(deaths, ties);
            if (efronTies) {
                noEvents();
            }
        }
    }

    /** The sums over the events among positions [from, to], whose exp(x·beta) is in {@code risk} when not null. */
    private void eventSums(SortedCoxData data, double[] beta, double[] risk, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (data.event[k]) {
                double eta = readRow(data.x, k, beta);
                addEventSums(risk != null ? risk[k] : Math.exp(eta));
            }
        }
    }

    /**
     * Adds {@code count} events of the row in {@link #row}, each of risk {@code r} = exp(eta), to the likelihood's
     * linear terms and to the sums over the events at the current time.
     */
    void addEvents(int count, double r, double eta) {
        addEventTerms(count, eta);
        addEventSums(count * r);
    }

    /** The likelihood's linear terms of {@code count} events of the row in {@link #row}. */
    private void addEventTerms(int count, double eta) {
        logLikelihood += count * eta;
        for (int i = 0; i < p; i++) {
            score[i] += count * row[i];
        }
    }

    /** Adds the row in {@link #row}, of total weight {@code w}, to the sums over the events at the current time. */
    private void addEventSums(double w) {
        eventS0 += w;
        addRow(w, eventS1, eventS2);
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
    void addRiskSet(RiskSetSweep other) {
        s0 += other.s0;
        for (int i = 0; i < p; i++) {
            s1[i] += other.s1[i];
        }
        for (int i = 0; i < p * p; i++) {
            s2[i] += other.s2[i];
        }
    }

    /** Adds another sweep's likelihood terms to this one's (another piece of the rows). */
    void addTerms(RiskSetSweep other) {
        logLikelihood += other.logLikelihood - other.denominators.drain();
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
        if (ties == Ties.BRESLOW || deaths == 1) {
            wholeRiskSet(deaths);
        } else {
            efron(deaths);
        }
    }

    /**
     * Efron's terms of {@code deaths} tied events: for each fraction f = d / deaths, d = 0 .. deaths - 1, the terms
     * of {@link #wholeRiskSet} with the denominator D = S0 - f E0 and the mean m = (S1 - f E1) / D. Written around the
     * risk set's mean u = S1 / S0, m = u - f E1c / D with E1c = E1 - E0 u, and the terms are linear in the sums once
     * three scalar sums over d are known (of 1/D, f/D and f²/D²): a time with thousands of events (days) costs one pass
     * of scalars and one O(p²) update, not thousands. Expanded around zero instead of u, the second moments would
     * cancel to a few digits when most of the risk set dies at once far from the covariates' centre (1e-9 relative
     * at 40 standard deviations, where the term-by-term sum keeps 1e-13).
     */
    private void efron(int deaths) {
        double overD = 0;
        double fOverD = 0;
        double f2OverD2 = 0;
        for (int d = 0; d < deaths; d++) {
            double fraction = d / (double) deaths;
            double denominator = s0 - fraction * eventS0;
            denominators.multiply(denominator);
            double inverse = 1 / denominator;
            overD += inverse;
            fOverD += fraction * inverse;
            f2OverD2 += fraction * fraction * inverse * inverse;
        }
        for (int i = 0; i < p; i++) {
            mean[i] = s1[i] / s0;
        }
        for (int i = 0; i < p; i++) {
            double centredI = eventS1[i] - eventS0 * mean[i];
            score[i] -= deaths * mean[i] - centredI * fOverD;
            for (int j = 0; j <= i; j++) {
                double centredJ = eventS1[j] - eventS0 * mean[j];
                double riskSet = s2[i * p + j] - s0 * mean[i] * mean[j];
                double events = eventS2[i * p + j] - eventS1[i] * mean[j] - mean[i] * eventS1[j]
                        + eventS0 * mean[i] * mean[j];
                information[i * p + j] += riskSet * overD - events * fOverD - centredI * centredJ * f2OverD2;
            }
        }
    }

    PartialLikelihood result() {
        logLikelihood -= denominators.drain();
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
        addRow(w, s1, s2);
    }

    /** Adds the row in {@link #row}, weighted by {@code w}, to first and second moment sums. */
    private void addRow(double w, double[] first, double[] second) {
        for (int i = 0; i < p; i++) {
            double wxi = w * row[i];
            first[i] += wxi;
            for (int j = 0; j <= i; j++) {
                second[i * p + j] += wxi * row[j];
            }
        }
    }

    /**
     * The likelihood terms of {@code multiplicity} events against the whole risk set: one event, or Breslow's tied
     * events, each of which sees the whole risk set.
     */
    private void wholeRiskSet(int multiplicity) {
        if (multiplicity == 1) {
            denominators.multiply(s0);
        } else {
            // s0 to the power of the events could overflow the product: one logarithm, multiplied
            logLikelihood -= multiplicity * Math.log(s0);
        }
        // one division per term, not one per sum: a division costs several multiplications' time
        double inverse = 1 / s0;
        for (int i = 0; i < p; i++) {
            mean[i] = s1[i] * inverse;
            score[i] -= multiplicity * mean[i];
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                information[i * p + j] += multiplicity * (s2[i * p + j] * inverse - mean[i] * mean[j]);
            }
        }
    }
}
