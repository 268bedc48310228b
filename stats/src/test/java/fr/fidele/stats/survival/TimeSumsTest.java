package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partial likelihood from sums gathered by (stratum, time) over separate sets of rows, merged, equals the one the
 * row-by-row sweep computes, at a coefficient vector away from zero: right-censored and counting-process rows, with
 * and without strata, heavy ties (days) or none, Efron and Breslow.
 */
class TimeSumsTest {

    /** Counting process or not, strata, times in days or continuous, ties. */
    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of(false, 1, true, Ties.EFRON), Arguments.of(false, 3, true, Ties.BRESLOW),
                Arguments.of(true, 1, true, Ties.EFRON), Arguments.of(true, 2, false, Ties.EFRON),
                Arguments.of(false, 2, false, Ties.BRESLOW));
    }

    /** Rows, strata, times in days or continuous, ties: five rows for more pieces than rows. */
    static Stream<Arguments> rightCensoredShapes() {
        return Stream.of(Arguments.of(4000, 1, true, Ties.EFRON), Arguments.of(4000, 3, true, Ties.BRESLOW),
                Arguments.of(4000, 2, false, Ties.EFRON), Arguments.of(3000, 3, false, Ties.BRESLOW),
                Arguments.of(5, 2, false, Ties.EFRON));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void sumsGatheredByTimeGiveTheRowSweepsLikelihood(boolean countingProcess, int strata, boolean days, Ties ties) {
        CoxData data = data(4000, countingProcess, strata, days, new SplittableRandom(strata * 31L + (days ? 1 : 0)));
        SortedCoxData sorted = new SortedCoxData(data, TimeFix.OFF);
        double[] beta = {0.4, -0.7, 0.25};

        assertSame(gatheredInThreeParts(data, sorted.means, beta, ties), PartialLikelihood.at(sorted, beta, ties));
    }

    /** The same sums computed in process on every core, by {@link GroupedLikelihood}, give the row sweep's likelihood. */
    @ParameterizedTest
    @MethodSource("shapes")
    void sumsGatheredOnEveryCoreGiveTheRowSweepsLikelihood(boolean countingProcess, int strata, boolean days, Ties ties) {
        CoxData data = data(4000, countingProcess, strata, days, new SplittableRandom(strata * 17L + (days ? 3 : 0)));
        SortedCoxData sorted = new SortedCoxData(data, TimeFix.OFF);
        double[] beta = {-0.2, 0.5, 0.1};

        assertSame(GroupedLikelihood.of(sorted, 1).at(beta, ties), PartialLikelihood.at(sorted, beta, ties));
    }

    /**
     * Right-censored rows swept by pieces on every core ({@link PiecewiseLikelihood}: each piece starting from the
     * risk set of the rows after it in its stratum) give the row sweep's likelihood, strata crossing the pieces' cuts,
     * with ties or none, and with more pieces than distinct times (empty pieces).
     */
    @ParameterizedTest
    @MethodSource("rightCensoredShapes")
    void piecesSweptOnEveryCoreGiveTheRowSweepsLikelihood(int n, int strata, boolean days, Ties ties) {
        CoxData data = data(n, false, strata, days, new SplittableRandom(n + strata * 13L + (days ? 7 : 0)));
        SortedCoxData sorted = new SortedCoxData(data, TimeFix.OFF);
        double[] beta = {0.3, -0.45, 0.15};

        assertSame(PiecewiseLikelihood.of(sorted).at(beta, ties), PartialLikelihood.at(sorted, beta, ties));
    }

    /** Large right-censored data with distinct times take the path by pieces: same model as the row sweep's. */
    @Test
    void aLargeUntiedFitIsTheRowSweepsFit() {
        CoxData data = data(150_000, false, 2, false, new SplittableRandom(11));
        SortedCoxData sorted = new SortedCoxData(data, TimeFix.ON);
        assertThat(GroupedLikelihood.forTied(sorted)).as("too many times to sum by time").isNull();
        assertThat(PiecewiseLikelihood.forUntied(sorted)).as("the path by pieces is taken").isNotNull();

        assertSameFit(CoxModel.fit(data, Ties.EFRON), data, sorted);
    }

    /** Large and tied enough, a fit takes the grouped path: its model is the one the row sweep gives. */
    @Test
    void aLargeTiedFitIsTheRowSweepsFit() {
        CoxData data = data(120_000, true, 3, true, new SplittableRandom(5));
        SortedCoxData sorted = new SortedCoxData(data, TimeFix.ON);
        assertThat(GroupedLikelihood.forTied(sorted)).as("the grouped path is taken").isNotNull();

        assertSameFit(CoxModel.fit(data, Ties.EFRON), data, sorted);
    }

    static void assertSameFit(CoxResult fit, CoxData data, SortedCoxData sorted) {
        CoxResult rows = CoxModel.fit(beta -> PartialLikelihood.at(sorted, beta, Ties.EFRON), data.terms(), data.size(), fit.events());

        assertThat(fit.iterations()).isEqualTo(rows.iterations());
        assertThat(fit.logLikelihood()).isCloseTo(rows.logLikelihood(), within(1e-9 * Math.abs(rows.logLikelihood())));
        int p = data.terms().size();
        for (int i = 0; i < p; i++) {
            assertThat(fit.coefficients()[i]).isCloseTo(rows.coefficients()[i], within(1e-9 * Math.abs(rows.coefficients()[i])));
            for (int j = 0; j < p; j++) {
                assertThat(fit.variance()[i][j]).isCloseTo(rows.variance()[i][j], within(1e-9 * Math.abs(rows.variance()[i][i])));
            }
        }
    }

    static void assertSame(PartialLikelihood gathered, PartialLikelihood rows) {
        assertThat(gathered.logLikelihood).isCloseTo(rows.logLikelihood, within(1e-9 * Math.abs(rows.logLikelihood)));
        for (int i = 0; i < rows.score.length; i++) {
            assertThat(gathered.score[i]).isCloseTo(rows.score[i], within(1e-9 * (1 + Math.abs(rows.score[i]))));
            for (int j = 0; j < rows.score.length; j++) {
                assertThat(gathered.information[i][j]).isCloseTo(rows.information[i][j],
                        within(1e-9 * Math.abs(rows.information[i][i])));
            }
        }
    }

    /** Rows cut in three sets summed apart, as a cluster's partitions would be, then merged by (stratum, time). */
    private static PartialLikelihood gatheredInThreeParts(CoxData data, double[] means, double[] beta, Ties ties) {
        int p = beta.length;
        List<TreeMap<Key, double[]>> parts = List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        double[] x = new double[p];
        for (int row = 0; row < data.size(); row++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                x[j] = data.covariates()[j][row] - means[j];
                eta += beta[j] * x[j];
            }
            TreeMap<Key, double[]> part = parts.get(row % 3);
            int stratum = data.stratum() == null ? 0 : data.stratum()[row];
            TimeSums.addExit(part.computeIfAbsent(new Key(stratum, data.stop()[row]), k -> new double[TimeSums.width(p)]), x,
                    eta, data.event()[row]);
            if (data.start() != null) {
                TimeSums.addEntry(part.computeIfAbsent(new Key(stratum, data.start()[row]), k -> new double[TimeSums.width(p)]),
                        x, eta);
            }
        }
        TreeMap<Key, double[]> merged = new TreeMap<>();
        for (TreeMap<Key, double[]> part : parts) {
            part.forEach((key, entry) -> merged.merge(key, entry, TimeSums::merge));
        }
        int[] strata = new int[merged.size()];
        double[][] entries = new double[merged.size()][];
        int k = 0;
        for (Map.Entry<Key, double[]> entry : merged.entrySet()) {
            strata[k] = entry.getKey().stratum();
            entries[k++] = entry.getValue();
        }
        return TimeSums.likelihood(p, strata, entries, ties);
    }

    private record Key(int stratum, double time) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return stratum != other.stratum ? Integer.compare(stratum, other.stratum) : Double.compare(time, other.time);
        }
    }

    /** Subjects with a binary and two continuous covariates; counting-process data split each follow-up in two. */
    static CoxData data(int n, boolean countingProcess, int strata, boolean days, SplittableRandom random) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x1 = random.nextInt(2);
            double x2 = random.nextGaussian();
            double x3 = random.nextDouble() * 4;
            int stratum = random.nextInt(strata);
            double rate = 0.002 * Math.exp(0.5 * x1 - 0.3 * x2 + 0.2 * x3 + 0.3 * stratum);
            double time = -Math.log(1 - random.nextDouble()) / rate;
            double censor = random.nextDouble() * 1500;
            double stop = Math.min(time, censor);
            stop = days ? Math.ceil(stop) : stop;
            double event = time <= censor ? 1 : 0;
            if (countingProcess && stop > 2) {
                double cut = days ? Math.floor(stop / 2) : stop / 2;
                rows.add(new double[] {0, cut, 0, stratum, x1, x2, x3});
                rows.add(new double[] {cut, stop, event, stratum, x1, x2 + 1, x3});
            } else {
                rows.add(new double[] {countingProcess ? 0 : Double.NaN, stop, event, stratum, x1, x2, x3});
            }
        }
        int m = rows.size();
        double[] start = countingProcess ? new double[m] : null;
        double[] stop = new double[m];
        boolean[] event = new boolean[m];
        int[] stratum = strata > 1 ? new int[m] : null;
        double[][] x = new double[3][m];
        for (int r = 0; r < m; r++) {
            double[] row = rows.get(r);
            if (start != null) {
                start[r] = row[0];
            }
            stop[r] = row[1];
            event[r] = row[2] == 1;
            if (stratum != null) {
                stratum[r] = (int) row[3];
            }
            for (int j = 0; j < 3; j++) {
                x[j][r] = row[4 + j];
            }
        }
        return new CoxData(start, stop, event, stratum, strata, x, List.of("x1", "x2", "x3"));
    }
}
