package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Library-level checks of the Cox model against R: the full variance matrix of
 * {@code coxph(Surv(time, status == 2) ~ age + sex + ph.ecog, lung)} (reference/cox-lung-var.csv, written by R),
 * and the typed refusals where R warns or drops a column.
 */
class CoxModelTest {

    @Test
    void varianceMatrixEqualsR() throws Exception {
        List<String[]> lung = rows("datasets/lung.csv");
        List<double[]> complete = new ArrayList<>();
        for (String[] row : lung.subList(1, lung.size())) {
            // columns: inst,time,status,age,sex,ph.ecog,...
            if (!row[5].equals("NA")) {
                complete.add(new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2]),
                        Double.parseDouble(row[3]), Double.parseDouble(row[4]), Double.parseDouble(row[5])});
            }
        }
        int n = complete.size();
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[][] x = new double[3][n];
        for (int i = 0; i < n; i++) {
            double[] row = complete.get(i);
            time[i] = row[0];
            event[i] = row[1] == 2;
            x[0][i] = row[2];
            x[1][i] = row[3];
            x[2][i] = row[4];
        }

        CoxData data = CoxData.rightCensored(time, event, x, List.of("age", "sex", "ph.ecog"));
        CoxResult fit = CoxModel.fit(data, Ties.EFRON);
        CoxResult withoutConcordance = CoxModel.fitWithoutConcordance(data, Ties.EFRON);

        List<String[]> expected = rows("reference/cox-lung-var.csv");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double r = Double.parseDouble(expected.get(i)[j]);
                assertThat(Math.abs(fit.variance()[i][j] - r)).isLessThanOrEqualTo(1e-9 * Math.abs(r));
                assertThat(Math.abs(withoutConcordance.variance()[i][j] - r)).isLessThanOrEqualTo(1e-9 * Math.abs(r));
            }
        }
        assertThat(fit.iterations()).isPositive();
        assertThat(withoutConcordance.coefficients()).containsExactly(fit.coefficients());
        assertThat(withoutConcordance.concordance()).isNaN();
        assertThat(fit.concordance()).isBetween(0.5, 1.0);
    }

    @Test
    void groupWithoutEventsIsReportedAsInfiniteCoefficient() {
        double[] time = {1, 2, 3, 4, 5, 6, 7, 8};
        boolean[] event = {true, false, true, true, false, true, false, false};
        double[] neverFails = {0, 0, 0, 0, 0, 0, 1, 1};
        double[] noise = {0.3, -1, 0.4, 2, -0.5, 0.1, 0.7, -0.2};

        assertThatThrownBy(() -> CoxModel.fit(CoxData.rightCensored(time, event,
                new double[][] {noise, neverFails}, List.of("noise", "neverFails")), Ties.EFRON))
                .isInstanceOf(InfiniteCoefficientException.class)
                .hasMessageContaining("neverFails");
    }

    @Test
    void collinearCovariatesAreRefused() {
        double[] time = {1, 2, 3, 4, 5, 6};
        boolean[] event = {true, true, false, true, true, false};
        double[] a = {1, 2, 3, 1, 2, 5};
        double[] twiceA = {2, 4, 6, 2, 4, 10};

        assertThatThrownBy(() -> CoxModel.fit(CoxData.rightCensored(time, event, new double[][] {a, twiceA},
                List.of("a", "twiceA")), Ties.BRESLOW))
                .isInstanceOf(SingularDesignException.class)
                .hasMessageContaining("twiceA");
    }

    private static List<String[]> rows(String resource) throws IOException, URISyntaxException {
        Path file = Path.of(CoxModelTest.class.getResource("/" + resource).toURI());
        return Files.readAllLines(file).stream().map(line -> line.replace("\"", "").split(",", -1)).toList();
    }
}
