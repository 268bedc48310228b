package fr.fidele.stats.survival;

import fr.fidele.stats.math.SingularMatrixException;
import fr.fidele.stats.math.SymmetricMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cox proportional hazards model fitted like R's {@code coxph}: Newton–Raphson from beta = 0, convergence when the
 * relative change of the log partial likelihood is at most 1e-9, at most 20 iterations, step-halving when the
 * likelihood decreases; the variance is the inverse information at the estimate. Handles Efron and Breslow ties,
 * strata and counting-process (start, stop] data. Where R would warn or drop a column, this class throws a
 * {@link ModelFitException}.
 */
public final class CoxModel {

    /** R's {@code coxph.control()$eps}. */
    public static final double CONVERGENCE_EPS = 1e-9;
    /** R's {@code coxph.control()$iter.max}. */
    public static final int MAX_ITERATIONS = 20;
    /** R's {@code coxph.control()$toler.inf}: threshold of the infinite-coefficient check. */
    private static final double INFINITE_TOLERANCE = Math.sqrt(CONVERGENCE_EPS);

    private CoxModel() {
    }

    /**
     * Fits the model, merging near-tied times first as R does by default ({@link TimeFix#ON}).
     *
     * @throws SingularDesignException       when a covariate is constant or collinear
     * @throws NonConvergenceException       after {@value #MAX_ITERATIONS} iterations without convergence
     * @throws InfiniteCoefficientException  when a coefficient diverges (monotone likelihood)
     */
    public static CoxResult fit(CoxData data, Ties ties) {
        return fit(data, ties, TimeFix.ON);
    }

    /**
     * Fits the model.
     *
     * @param data    rows, covariates and strata
     * @param ties    handling of tied event times
     * @param timeFix whether near-tied times are merged first (R's {@code coxph.control(timefix)})
     * @throws SingularDesignException       when a covariate is constant or collinear
     * @throws NonConvergenceException       after {@value #MAX_ITERATIONS} iterations without convergence
     * @throws InfiniteCoefficientException  when a coefficient diverges (monotone likelihood)
     */
    public static CoxResult fit(CoxData data, Ties ties, TimeFix timeFix) {
        return fit(data, ties, timeFix, true);
    }

    /**
     * Fits the model as {@link #fit(CoxData, Ties)} does, without the concordance ({@link CoxResult#concordance()}
     * is NaN): on millions of counting-process rows it costs as much as several Newton iterations, and a caller
     * that reads only the hazard ratios does not need it.
     */
    public static CoxResult fitWithoutConcordance(CoxData data, Ties ties) {
        return fit(data, ties, TimeFix.ON, false);
    }

    /** The partial likelihood at a coefficient vector, wherever it is computed. */
    @FunctionalInterface
    public interface Likelihood {
        PartialLikelihood at(double[] beta);
    }

    /**
     * Fits the model with the same Newton–Raphson as {@link #fit(CoxData, Ties)} — same start, steps,
     * step-halving, convergence rule and checks — on a partial likelihood computed elsewhere, such as
     * {@link TimeSums} gathered over a cluster's partitions. No concordance ({@link CoxResult#concordance()} is NaN).
     *
     * @param subjects number of rows
     * @param events   number of events
     */
    public static CoxResult fit(Likelihood likelihood, List<String> terms, int subjects, int events) {
        return newton(likelihood, terms, beta -> Double.NaN, subjects, events);
    }

    private static CoxResult fit(CoxData data, Ties ties, TimeFix timeFix, boolean withConcordance) {
        CountedLikelihood counted = CountedLikelihood.forFewVectors(data, timeFix);
        SortedCoxData sorted = counted == null ? new SortedCoxData(data, timeFix) : null;
        Likelihood likelihood = counted != null ? beta -> counted.at(beta, ties) : likelihood(sorted, ties);
        // the concordance needs the rows in time order, which the counts do without
        ToDoubleFunction<double[]> concordance = withConcordance
                ? beta -> concordance(sorted != null ? sorted : new SortedCoxData(data, timeFix), beta)
                : beta -> Double.NaN;
        return newton(likelihood, data.terms(), concordance, data.size(), countEvents(data.event()));
    }

    private static double concordance(SortedCoxData sorted, double[] beta) {
        return Concordance.of(sorted, sorted.linearPredictor(beta));
    }

    /**
     * Rows sharing few covariate vectors: counted by event time and vector. Otherwise, on millions of rows, every
     * core: tied times (days) summed by time, distinct times of right-censored rows swept by pieces; else the
     * row-by-row sweep.
     */
    private static Likelihood likelihood(SortedCoxData sorted, Ties ties) {
        GroupedLikelihood grouped = GroupedLikelihood.forTied(sorted);
        if (grouped != null) {
            return beta -> grouped.at(beta, ties);
        }
        PiecewiseLikelihood piecewise = PiecewiseLikelihood.forUntied(sorted);
        if (piecewise != null) {
            return beta -> piecewise.at(beta, ties);
        }
        return beta -> PartialLikelihood.at(sorted, beta, ties);
    }

    private static CoxResult newton(Likelihood likelihood, List<String> terms, ToDoubleFunction<double[]> concordance,
            int subjects, int events) {
        int p = terms.size();
        double[] beta = new double[p];
        PartialLikelihood current = likelihood.at(beta);
        double logLikelihoodNull = current.logLikelihood;
        double bestLogLikelihood = logLikelihoodNull;
        double[] step = factor(current.information, terms).solve(current.score);
        double scoreTest = dot(current.score, step);
        double[] newBeta = add(beta, step);
        boolean halving = false;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            current = likelihood.at(newBeta);
            SymmetricMatrix information = factor(current.information, terms);
            if (Math.abs(1 - bestLogLikelihood / current.logLikelihood) <= CONVERGENCE_EPS && !halving) {
                double[][] variance = information.inverse();
                checkFinite(current.score, variance, newBeta, terms);
                return new CoxResult(terms, newBeta, variance, logLikelihoodNull, current.logLikelihood,
                        scoreTest, concordance.applyAsDouble(newBeta), subjects, events, iteration);
            }
            if (current.logLikelihood < bestLogLikelihood) {
                // The step overshot: go back half way towards the last good estimate, as coxph does.
                halving = true;
                for (int j = 0; j < p; j++) {
                    newBeta[j] = (newBeta[j] + beta[j]) / 2;
                }
            } else {
                halving = false;
                bestLogLikelihood = current.logLikelihood;
                beta = newBeta;
                newBeta = add(beta, information.solve(current.score));
            }
        }
        throw new NonConvergenceException(MAX_ITERATIONS);
    }

    private static SymmetricMatrix factor(double[][] information, List<String> terms) {
        try {
            return SymmetricMatrix.factor(information);
        } catch (SingularMatrixException e) {
            throw new SingularDesignException(terms.get(e.column()));
        }
    }

    /** R's check after convergence: a score still large relative to the coefficient means it is running away. */
    private static void checkFinite(double[] score, double[][] variance, double[] beta, List<String> terms) {
        List<String> infinite = new ArrayList<>();
        for (int j = 0; j < beta.length; j++) {
            double drift = 0;
            for (int i = 0; i < beta.length; i++) {
                drift += score[i] * variance[i][j];
            }
            drift = Math.abs(drift);
            if (drift > CONVERGENCE_EPS && drift > INFINITE_TOLERANCE * Math.abs(beta[j])) {
                infinite.add(terms.get(j));
            }
        }
        if (!infinite.isEmpty()) {
            throw new InfiniteCoefficientException(infinite);
        }
    }

    private static int countEvents(boolean[] event) {
        int count = 0;
        for (boolean e : event) {
            if (e) {
                count++;
            }
        }
        return count;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
