package fr.fidele.stats.survival;

import fr.fidele.stats.math.Distributions;
import fr.fidele.stats.math.IndexSort;
import fr.fidele.stats.math.SymmetricMatrix;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Log-rank and Fleming–Harrington G-rho tests for k groups, optionally stratified, equal to R's
 * {@code survdiff(Surv(time, status) ~ group + strata(s), rho = rho)}. One sort, then one pass per stratum with
 * O(k²) work per distinct event time.
 */
public final class LogRankTest {

    private LogRankTest() {
    }

    /**
     * Runs the test, merging near-tied times first as R does by default ({@link TimeFix#ON}).
     *
     * @param data       survival data, with strata when the test is stratified
     * @param group      group code of each subject in {@code [0, groupCount)}
     * @param groupCount number of groups
     * @param rho        weight exponent: 0 for the log-rank test, 1 for the Peto–Peto / Gehan–Wilcoxon-like test
     */
    public static LogRankResult test(SurvivalData data, int[] group, int groupCount, double rho) {
        return test(data, group, groupCount, rho, TimeFix.ON);
    }

    /**
     * Runs the test.
     *
     * @param data       survival data, with strata when the test is stratified
     * @param group      group code of each subject in {@code [0, groupCount)}
     * @param groupCount number of groups
     * @param rho        weight exponent: 0 for the log-rank test, 1 for the Peto–Peto / Gehan–Wilcoxon-like test
     * @param timeFix    whether near-tied times are merged first (R's {@code timefix})
     */
    public static LogRankResult test(SurvivalData data, int[] group, int groupCount, double rho, TimeFix timeFix) {
        if (group.length != data.size()) {
            throw new IllegalArgumentException("one group code per subject is needed");
        }
        double[] observed = new double[groupCount];
        double[] expected = new double[groupCount];
        double[][] variance = new double[groupCount][groupCount];
        IndexSort.SortedKeys sorted = data.sort(timeFix);
        int[] order = sorted.order();
        int begin = 0;
        while (begin < order.length) {
            int stratum = data.stratumOf(order[begin]);
            int end = begin;
            while (end < order.length && data.stratumOf(order[end]) == stratum) {
                end++;
            }
            accumulateStratum(sorted.key(), data.event(), group, order, begin, end, rho, observed, expected,
                    variance);
            begin = end;
        }
        return result(observed, expected, variance);
    }

    /** Adds the stratum at positions [begin, end); {@code time} is indexed by position. */
    private static void accumulateStratum(double[] time, boolean[] event, int[] group, int[] order, int begin, int end,
                                          double rho, double[] observed, double[] expected, double[][] variance) {
        int groupCount = observed.length;
        double[] atRisk = new double[groupCount];
        for (int i = begin; i < end; i++) {
            atRisk[group[order[i]]]++;
        }
        double[] deathsByGroup = new double[groupCount];
        double totalAtRisk = end - begin;
        double survivalBefore = 1;
        for (int i = begin; i < end; ) {
            double t = time[i];
            int first = i;
            double deaths = 0;
            while (i < end && time[i] == t) {
                if (event[order[i]]) {
                    deaths++;
                    deathsByGroup[group[order[i]]]++;
                }
                i++;
            }
            if (deaths > 0) {
                // Weight S(t-)^rho with S the Kaplan-Meier of the pooled stratum, left-continuous.
                double weight = rho == 0 ? 1 : Math.pow(survivalBefore, rho);
                double varianceFactor = totalAtRisk > 1
                        ? weight * weight * deaths * (totalAtRisk - deaths) / (totalAtRisk * (totalAtRisk - 1)) : 0;
                for (int k = 0; k < groupCount; k++) {
                    observed[k] += weight * deathsByGroup[k];
                    expected[k] += weight * deaths * atRisk[k] / totalAtRisk;
                    if (varianceFactor != 0) {
                        double share = atRisk[k] / totalAtRisk;
                        variance[k][k] += varianceFactor * atRisk[k] * (1 - share);
                        for (int j = 0; j < k; j++) {
                            double covariance = varianceFactor * atRisk[k] * atRisk[j] / totalAtRisk;
                            variance[k][j] -= covariance;
                            variance[j][k] -= covariance;
                        }
                    }
                }
                survivalBefore *= (totalAtRisk - deaths) / totalAtRisk;
                Arrays.fill(deathsByGroup, 0);
            }
            for (int r = first; r < i; r++) {
                atRisk[group[order[r]]]--;
            }
            totalAtRisk -= i - first;
        }
    }

    /** As survdiff: drop groups with no expected events, then the first remaining group, and solve. */
    private static LogRankResult result(double[] observed, double[] expected, double[][] variance) {
        int[] kept = IntStream.range(0, expected.length).filter(k -> expected[k] > 0).toArray();
        int degreesOfFreedom = kept.length - 1;
        double chiSquare = 0;
        if (degreesOfFreedom > 0) {
            double[][] reduced = new double[degreesOfFreedom][degreesOfFreedom];
            double[] difference = new double[degreesOfFreedom];
            for (int a = 0; a < degreesOfFreedom; a++) {
                difference[a] = observed[kept[a + 1]] - expected[kept[a + 1]];
                for (int b = 0; b < degreesOfFreedom; b++) {
                    reduced[a][b] = variance[kept[a + 1]][kept[b + 1]];
                }
            }
            chiSquare = SymmetricMatrix.quadraticFormOfInverse(reduced, difference);
        }
        double p = degreesOfFreedom > 0 ? Distributions.chiSquareUpperTail(chiSquare, degreesOfFreedom) : Double.NaN;
        return new LogRankResult(observed, expected, variance, chiSquare, Math.max(degreesOfFreedom, 0), p);
    }
}
