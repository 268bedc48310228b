package fr.fidele.stats.survival;

/**
 * Result of a G-rho test, as {@code survdiff} reports it. Observed and expected counts are weighted by S(t-)^rho
 * and summed over strata.
 *
 * @param observed         (weighted) observed events per group
 * @param expected         (weighted) expected events per group
 * @param variance         variance matrix of observed minus expected
 * @param chiSquare        test statistic
 * @param degreesOfFreedom number of groups with a positive expectation, minus one
 * @param pValue           upper tail of the chi-square distribution
 */
public record LogRankResult(double[] observed, double[] expected, double[][] variance, double chiSquare,
                            int degreesOfFreedom, double pValue) {
}
