package fr.fidele.stats.survival;

import static fr.fidele.stats.survival.TimeSumsTest.assertSame;
import static fr.fidele.stats.survival.TimeSumsTest.assertSameFit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partial likelihood from rows counted by (event time, covariate vector) equals the row-by-row sweep's: right-
 * censored and counting-process rows whose covariates switch on at a moment inside a day (what a contact does to a
 * customer), with and without strata, event times in days or continuous, Efron and Breslow, near-tied times merged.
 */
class CountedLikelihoodTest {

    /** Counting process or not, strata, event times in days or continuous, ties, time fix. */
    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of(true, 3, true, Ties.EFRON, TimeFix.OFF),
                Arguments.of(true, 1, true, Ties.BRESLOW, TimeFix.ON),
                Arguments.of(true, 2, false, Ties.EFRON, TimeFix.ON),
                Arguments.of(false, 3, true, Ties.EFRON, TimeFix.ON),
                Arguments.of(false, 1, false, Ties.BRESLOW, TimeFix.OFF));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void rowsCountedByEventTimeAndVectorGiveTheRowSweepsLikelihood(boolean countingProcess, int strata, boolean days,
            Ties ties, TimeFix timeFix) {
        CoxData data = switching(3000, countingProcess, strata, days, new SplittableRandom(strata * 7L + (days ? 1 : 0)));
        CountedLikelihood counted = CountedLikelihood.of(data, timeFix, 1);
        SortedCoxData sorted = new SortedCoxData(data, timeFix);

        for (double[] beta : List.of(new double[] {0, 0, 0}, new double[] {0.6, -0.4, 0.3})) {
            assertSame(counted.at(beta, ties), PartialLikelihood.at(sorted, beta, ties));
        }
    }

    /** Times a rounding error apart (R's timefix): merged on the pooled entry and exit times before counting. */
    @Test
    void nearTiedTimesAreMergedBeforeTheRowsAreCounted() {
        CoxData data = switching(2000, true, 2, true, new SplittableRandom(3));
        double[] start = data.start().clone();
        double[] stop = data.stop().clone();
        for (int i = 0; i < stop.length; i += 5) {
            stop[i] += 1e-10; // a day's event a rounding error later: the same event time once merged
            if (start[i] > 0 && start[i] == Math.floor(start[i])) {
                start[i] -= 1e-10; // an entry at a whole day a rounding error earlier: the day's end, not at risk that day
            }
        }
        CoxData nearTied = new CoxData(start, stop, data.event(), data.stratum(), data.strataCount(), data.covariates(),
                data.terms());
        double[] beta = {0.3, 0.2, -0.5};

        PartialLikelihood merged = CountedLikelihood.of(nearTied, TimeFix.ON, 1).at(beta, Ties.EFRON);
        assertSame(merged, PartialLikelihood.at(new SortedCoxData(nearTied, TimeFix.ON), beta, Ties.EFRON));
        assertSame(merged, PartialLikelihood.at(new SortedCoxData(data, TimeFix.ON), beta, Ties.EFRON));
        assertThat(CountedLikelihood.of(nearTied, TimeFix.OFF, 1).at(beta, Ties.EFRON).logLikelihood)
                .as("exact times: the near-ties are distinct event times").isNotCloseTo(merged.logLikelihood, within(1e-6));
    }

    /** Many rows with few vectors take the counted path: the fit, variance and concordance are the row sweep's. */
    @Test
    void aLargeFitOnIndicatorsIsTheRowSweepsFit() {
        CoxData data = switching(60_000, true, 3, true, new SplittableRandom(17));
        SortedCoxData sorted = new SortedCoxData(data, TimeFix.ON);
        assertThat(CountedLikelihood.forFewVectors(data, TimeFix.ON)).as("the counted path is taken").isNotNull();

        CoxResult fit = CoxModel.fit(data, Ties.EFRON);

        assertSameFit(fit, data, sorted);
        assertThat(fit.concordance()).isEqualTo(Concordance.of(sorted, sorted.linearPredictor(fit.coefficients())));
    }

    /** Continuous covariates give as many vectors as rows: nothing to count, the row sweep is kept. */
    @Test
    void continuousCovariatesAreNotCounted() {
        CoxData data = TimeSumsTest.data(4000, true, 2, true, new SplittableRandom(2));

        assertThat(CountedLikelihood.forFewVectors(data, TimeFix.ON)).isNull();
    }

    /** Few vectors but an event time of its own for most rows: each needs a pair, counting cannot pay. */
    @Test
    void distinctEventTimesAreNotCounted() {
        CoxData data = switching(4000, false, 1, false, new SplittableRandom(4));

        assertThat(CountedLikelihood.forFewVectors(data, TimeFix.ON)).isNull();
        assertThat(CountedLikelihood.forFewVectors(switching(4000, false, 1, true, new SplittableRandom(4)), TimeFix.ON))
                .as("the same rows in days").isNotNull();
    }

    @Test
    void vectorsAreNumberedInOrderOfFirstAppearanceWithMinusZeroAsZero() {
        double[][] columns = {{1, 0, 1, -0.0, 2, 1}, {0, 0, 0, 0, 1, 0}};

        CovariatePatterns patterns = CovariatePatterns.of(columns, 3);

        assertThat(patterns.count).isEqualTo(3);
        assertThat(patterns.ofRow).containsExactly(0, 1, 0, 1, 2, 0);
        assertThat(patterns.values).containsExactly(1, 0, 0, 0, 2, 1);
        assertThat(CovariatePatterns.of(columns, 2)).as("more vectors than allowed").isNull();
    }

    /** The rows' numbers are kept past the first thousand rows, which the numbering grows beyond. */
    @Test
    void everyRowOfThousandsIsNumbered() {
        int n = 5000;
        double[][] columns = new double[1][n];
        for (int i = 0; i < n; i++) {
            columns[0][i] = (i * 7) % 3;
        }

        CovariatePatterns patterns = CovariatePatterns.of(columns, 3);

        assertThat(patterns.ofRow).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(patterns.values[patterns.ofRow[i]]).isEqualTo(columns[0][i]);
        }
    }

    /**
     * Subjects followed for a number of days (or a continuous time), with three indicator-like covariates (0/1, 0/1/2,
     * 0/1); for counting-process data the first two switch on at a moment inside a day, which splits the follow-up.
     */
    static CoxData switching(int n, boolean countingProcess, int strata, boolean days, SplittableRandom random) {
        int most = countingProcess ? 3 * n : n;
        double[] start = countingProcess ? new double[most] : null;
        double[] stop = new double[most];
        boolean[] event = new boolean[most];
        int[] stratum = new int[most];
        double[][] x = new double[3][most];
        int r = 0;
        for (int i = 0; i < n; i++) {
            int s = random.nextInt(strata);
            double level = random.nextInt(3);
            double flag = random.nextInt(2);
            double time = -Math.log(1 - random.nextDouble()) / (0.003 * Math.exp(0.3 * level + 0.2 * s));
            double followUp = days ? Math.ceil(time) : time;
            boolean churned = random.nextDouble() < 0.7;
            double[] switches = countingProcess ? new double[] {random.nextDouble() * 600, random.nextDouble() * 600}
                    : new double[] {Double.NaN, Double.NaN};
            double[] cuts = Arrays.stream(switches).filter(t -> t > 0 && t < followUp).sorted().toArray();
            double from = 0;
            for (int c = 0; c <= cuts.length; c++) {
                double to = c < cuts.length ? cuts[c] : followUp;
                if (start != null) {
                    start[r] = from;
                }
                stop[r] = to;
                event[r] = c == cuts.length && churned;
                stratum[r] = s;
                x[0][r] = switches[0] <= from ? 1 : 0;
                x[1][r] = switches[1] <= from ? level : 0;
                x[2][r] = flag;
                from = to;
                r++;
            }
        }
        double[][] columns = {Arrays.copyOf(x[0], r), Arrays.copyOf(x[1], r), Arrays.copyOf(x[2], r)};
        return new CoxData(start == null ? null : Arrays.copyOf(start, r), Arrays.copyOf(stop, r),
                Arrays.copyOf(event, r), strata > 1 ? Arrays.copyOf(stratum, r) : null, strata, columns,
                List.of("first", "level", "flag"));
    }
}
