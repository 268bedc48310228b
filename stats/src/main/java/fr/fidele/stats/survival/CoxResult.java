package fr.fidele.stats.survival;

import fr.fidele.stats.math.Distributions;
import fr.fidele.stats.math.SymmetricMatrix;
import java.util.List;

/**
 * A fitted Cox model, with the numbers {@code summary(coxph(...))} reports.
 *
 * @param terms              names of the coefficients
 * @param coefficients       estimated log hazard ratios
 * @param variance           variance matrix of the coefficients (inverse information)
 * @param logLikelihoodNull  log partial likelihood at beta = 0
 * @param logLikelihood      log partial likelihood at the estimate
 * @param scoreTest          score (log-rank) test statistic at beta = 0
 * @param concordance        Harrell's concordance as survival 3.x computes it for coxph
 * @param subjects           number of rows used
 * @param events             number of events
 * @param iterations         Newton–Raphson iterations used
 */
public record CoxResult(List<String> terms, double[] coefficients, double[][] variance, double logLikelihoodNull,
                        double logLikelihood, double scoreTest, double concordance, int subjects, int events,
                        int iterations) {

    /** Standard error of coefficient {@code i}. */
    public double standardError(int i) {
        return Math.sqrt(variance[i][i]);
    }

    /** Wald z statistic of coefficient {@code i}. */
    public double z(int i) {
        return coefficients[i] / standardError(i);
    }

    /** Two-sided p-value of the Wald z statistic. */
    public double pValue(int i) {
        return Distributions.normalTwoSidedP(z(i));
    }

    /** Hazard ratio exp(coef). */
    public double hazardRatio(int i) {
        return Math.exp(coefficients[i]);
    }

    /** Lower confidence bound of the hazard ratio, exp(coef - z se). */
    public double hazardRatioLower(int i, double level) {
        return Math.exp(coefficients[i] - quantile(level) * standardError(i));
    }

    /** Upper confidence bound of the hazard ratio, exp(coef + z se). */
    public double hazardRatioUpper(int i, double level) {
        return Math.exp(coefficients[i] + quantile(level) * standardError(i));
    }

    /** Likelihood-ratio test statistic, 2 (loglik - loglik at 0). */
    public double likelihoodRatioTest() {
        return 2 * (logLikelihood - logLikelihoodNull);
    }

    /** Wald test statistic of all coefficients, bᵀ V⁻¹ b. */
    public double waldTest() {
        return SymmetricMatrix.quadraticFormOfInverse(variance, coefficients);
    }

    /** p-value of a global test statistic on as many degrees of freedom as coefficients. */
    public double globalPValue(double statistic) {
        return Distributions.chiSquareUpperTail(statistic, coefficients.length);
    }

    private static double quantile(double level) {
        return Distributions.normalQuantile(1 - (1 - level) / 2);
    }
}
