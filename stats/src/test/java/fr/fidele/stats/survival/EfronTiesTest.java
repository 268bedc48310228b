package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Efron's terms of times with thousands of tied events, which the sweep sums in closed form, against the textbook
 * definition written here term by term: for each time and each d = 0 .. deaths - 1, the denominator
 * Σ_risk r - (d / deaths) Σ_events r and the weighted mean and second moment of the covariates over the same
 * weights, summed over the raw covariates (the sweep's are centred).
 */
class EfronTiesTest {

    @Test
    void thousandsOfTiedEventsGiveTheTermByTermLikelihood() {
        SplittableRandom random = new SplittableRandom(17);
        Rows rows = Rows.of(6000, (i, row) -> {
            row.time[i] = 1 + random.nextInt(4); // four times, about 1,500 rows each
            row.event[i] = random.nextDouble() < 0.8;
            row.x[0][i] = random.nextGaussian();
            row.x[1][i] = random.nextInt(2) + 40; // far from zero, as an uncentred covariate is
        });

        assertTermByTerm(rows, new double[] {0.4, -0.7}, 1e-10);
    }

    /**
     * 3,000 rows censored at the first time, then 3,000 that all die at the second, their first covariate 80 standard
     * deviations from the others': the whole risk set dies at once 40 deviations from the covariates' centre, where an
     * expansion of the terms around zero keeps about nine digits of the information.
     */
    @Test
    void everyoneAtRiskDyingFarFromTheCentreKeepsItsDigits() {
        SplittableRandom random = new SplittableRandom(23);
        Rows rows = Rows.of(6000, (i, row) -> {
            boolean dies = i >= 3000;
            row.time[i] = dies ? 2 : 1;
            row.event[i] = dies;
            row.x[0][i] = random.nextGaussian() + (dies ? 80 : 0);
            row.x[1][i] = random.nextGaussian();
        });

        assertTermByTerm(rows, new double[] {0.01, 0.3}, 1e-11);
    }

    /** Rows of two covariates, with times 1 to 4. */
    private record Rows(double[] time, boolean[] event, double[][] x) {

        static Rows of(int n, BiConsumer<Integer, Rows> fill) {
            Rows rows = new Rows(new double[n], new boolean[n], new double[2][n]);
            for (int i = 0; i < n; i++) {
                fill.accept(i, rows);
            }
            return rows;
        }
    }

    /** The sweep's terms against the definition's; the information to {@code tolerance}, relative to its diagonal. */
    private static void assertTermByTerm(Rows rows, double[] beta, double tolerance) {
        CoxData data = CoxData.rightCensored(rows.time, rows.event, rows.x, List.of("x1", "x2"));
        PartialLikelihood swept = PartialLikelihood.at(new SortedCoxData(data, TimeFix.OFF), beta, Ties.EFRON);
        double[] expected = termByTerm(rows.time, rows.event, rows.x, beta);

        assertThat(swept.logLikelihood).isCloseTo(expected[0], within(1e-10 * Math.abs(expected[0])));
        assertThat(swept.score[0]).isCloseTo(expected[1], within(1e-9 * (1 + Math.abs(expected[1]))));
        assertThat(swept.score[1]).isCloseTo(expected[2], within(1e-9 * (1 + Math.abs(expected[2]))));
        assertThat(swept.information[0][0]).isCloseTo(expected[3], within(tolerance * expected[3]));
        assertThat(swept.information[1][0]).isCloseTo(expected[4], within(tolerance * expected[3]));
        assertThat(swept.information[1][1]).isCloseTo(expected[5], within(tolerance * expected[5]));
    }

    /** {log-likelihood, score 0, score 1, information 00, 10, 11} for two covariates, by the definition. */
    private static double[] termByTerm(double[] time, boolean[] event, double[][] x, double[] beta) {
        double[] result = new double[6];
        for (double t = 1; t <= 4; t++) {
            double[] risk = sums(time, event, x, beta, t, false);
            double[] events = sums(time, event, x, beta, t, true);
            int deaths = (int) events[6];
            result[0] += events[7];
            result[1] += events[8];
            result[2] += events[9];
            for (int d = 0; d < deaths; d++) {
                double f = d / (double) deaths;
                double denominator = risk[0] - f * events[0];
                double mean0 = (risk[1] - f * events[1]) / denominator;
                double mean1 = (risk[2] - f * events[2]) / denominator;
                result[0] -= Math.log(denominator);
                result[1] -= mean0;
                result[2] -= mean1;
                result[3] += (risk[3] - f * events[3]) / denominator - mean0 * mean0;
                result[4] += (risk[4] - f * events[4]) / denominator - mean1 * mean0;
                result[5] += (risk[5] - f * events[5]) / denominator - mean1 * mean1;
            }
        }
        return result;
    }

    /**
     * Over the rows at risk at t (stop at or after t), or over the events at t: Σ r, Σ r x0, Σ r x1, Σ r x0², Σ r x1 x0,
     * Σ r x1², then the count, Σ x·beta, Σ x0, Σ x1.
     */
    private static double[] sums(double[] time, boolean[] event, double[][] x, double[] beta, double t, boolean events) {
        double[] sums = new double[10];
        for (int i = 0; i < time.length; i++) {
            boolean counted = events ? time[i] == t && event[i] : time[i] >= t;
            if (counted) {
                double eta = beta[0] * x[0][i] + beta[1] * x[1][i];
                double r = Math.exp(eta);
                sums[0] += r;
                sums[1] += r * x[0][i];
                sums[2] += r * x[1][i];
                sums[3] += r * x[0][i] * x[0][i];
                sums[4] += r * x[1][i] * x[0][i];
                sums[5] += r * x[1][i] * x[1][i];
                sums[6]++;
                sums[7] += eta;
                sums[8] += x[0][i];
                sums[9] += x[1][i];
            }
        }
        return sums;
    }
}
