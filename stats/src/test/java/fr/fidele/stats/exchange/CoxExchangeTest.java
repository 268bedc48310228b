package fr.fidele.stats.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.FitElsewhereException;
import fr.fidele.stats.survival.Ties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoxExchangeTest {

    @TempDir
    Path directory;

    private static final CoxData COUNTING = new CoxData(new double[] { 0, 2.5, 0, 0, 1 },
            new double[] { 2.5, 7, 4, 6, 3 }, new boolean[] { false, true, true, false, true },
            new int[] { 0, 0, 1, 1, 0 }, 2,
            new double[][] { { 0, 1, 1, 0, 1 }, { 0.25, -3, 1e-300, Double.MIN_VALUE, 42 } }, List.of("A", "B c"));

    @Test
    void theRecordsHoldEachRowsValuesInTheOrderTheRequestSays() throws IOException {
        CoxRequest written = CoxRequest.write(directory, "fit-1", COUNTING, Ties.BRESLOW);
        CoxRequest read = CoxRequest.read(directory.resolve("fit-1.request"));

        assertThat(read).isEqualTo(written);
        assertThat(read.terms()).containsExactly("A", "B c");
        assertThat(read.strataCount()).isEqualTo(2);
        assertThat(read.ties()).isEqualTo(Ties.BRESLOW);
        assertThat(read.rows()).isEqualTo(5);
        byte[] all = Files.readAllBytes(read.rowsFile(directory));
        assertThat(all).hasSize(5 * read.recordLength()).hasSize(5 * 6 * 8);
        for (int i = 0; i < 5; i++) {
            byte[] record = Arrays.copyOfRange(all, i * read.recordLength(), (i + 1) * read.recordLength());
            assertThat(CoxRequest.decode(record)).containsExactly(COUNTING.start()[i], COUNTING.stop()[i],
                    COUNTING.event()[i] ? 1 : 0, COUNTING.stratum()[i], COUNTING.covariates()[0][i],
                    COUNTING.covariates()[1][i]);
        }
        assertThat(directory.resolve("fit-1.request.partial")).doesNotExist();
    }

    @Test
    void rightCensoredRowsAreAtRiskFromTheBeginning() throws IOException {
        CoxData data = CoxData.rightCensored(new double[] { 3, 1 }, new boolean[] { true, false },
                new double[][] { { 1, 0 } }, List.of("x"));
        CoxRequest request = CoxRequest.write(directory, "rc", data, Ties.EFRON);

        byte[] all = Files.readAllBytes(request.rowsFile(directory));
        double[] second = CoxRequest.decode(Arrays.copyOfRange(all, request.recordLength(), all.length));
        assertThat(second).containsExactly(Double.NEGATIVE_INFINITY, 1, 0, 0, 0);
        assertThat(request.strataCount()).isEqualTo(1);
    }

    @Test
    void aFittedModelIsReadBackToTheBit() throws IOException {
        CoxResult fitted = CoxModel.fit(COUNTING_LARGE, Ties.EFRON);
        CoxReply.write(directory, "fit-2", fitted);

        CoxResult read = CoxReply.read(directory.resolve("fit-2.reply"));

        assertThat(read.terms()).isEqualTo(fitted.terms());
        assertThat(read.coefficients()).containsExactly(fitted.coefficients());
        for (int i = 0; i < fitted.variance().length; i++) {
            assertThat(read.variance()[i]).containsExactly(fitted.variance()[i]);
        }
        assertThat(read.logLikelihoodNull()).isEqualTo(fitted.logLikelihoodNull());
        assertThat(read.logLikelihood()).isEqualTo(fitted.logLikelihood());
        assertThat(read.scoreTest()).isEqualTo(fitted.scoreTest());
        assertThat(read.concordance()).isEqualTo(fitted.concordance());
        assertThat(read.subjects()).isEqualTo(fitted.subjects());
        assertThat(read.events()).isEqualTo(fitted.events());
        assertThat(read.iterations()).isEqualTo(fitted.iterations());
    }

    @Test
    void aConcordanceNotComputedStaysNotANumber() throws IOException {
        CoxResult fitted = CoxModel.fitWithoutConcordance(COUNTING_LARGE, Ties.EFRON);
        CoxReply.write(directory, "nan", fitted);

        assertThat(CoxReply.read(directory.resolve("nan.reply")).concordance()).isNaN();
    }

    @Test
    void aRefusedFitIsRaisedWithItsReason() throws IOException {
        CoxReply.writeRefusal(directory, "fit-3", "singular design: covariate 'A' is constant");

        assertThatThrownBy(() -> CoxReply.read(directory.resolve("fit-3.reply")))
            .isInstanceOf(FitElsewhereException.class)
            .hasMessage("singular design: covariate 'A' is constant");
    }

    @Test
    void anEngineThatFailedIsAnInputOutputErrorNotARefusal() throws IOException {
        CoxReply.writeFailure(directory, "fit-4", "executor lost");

        assertThatThrownBy(() -> CoxReply.read(directory.resolve("fit-4.reply")))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("fit-4.reply").hasMessageContaining("executor lost");
    }

    /** Forty rows that a Cox model fits without separation. */
    private static final CoxData COUNTING_LARGE = largeData();

    private static CoxData largeData() {
        int n = 40;
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[] x = new double[n];
        double[] z = new double[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            x[i] = i % 2;
            z[i] = random.nextGaussian();
            time[i] = 1 + Math.floor(random.nextDouble() * 20 * (x[i] == 1 ? 0.6 : 1));
            event[i] = random.nextDouble() < 0.8;
        }
        return CoxData.rightCensored(time, event, new double[][] { x, z }, List.of("x", "z"));
    }
}
