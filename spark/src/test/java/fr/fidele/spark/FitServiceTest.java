package fr.fidele.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.exchange.CoxRequest;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.FitElsewhereException;
import fr.fidele.stats.survival.Ties;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service a Fidèle application asks its fits of: requests written as the application writes them, read by Spark
 * in splits of 64 KiB (so that records straddle the splits' boundaries), answered as the in-process fit answers.
 */
class FitServiceTest {

    @TempDir
    static Path exchange;

    private static JavaSparkContext spark;
    private static final AtomicBoolean OPEN = new AtomicBoolean(true);
    private static Thread service;

    @BeforeAll
    static void startService() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("fidele-fit-service")
            .set("spark.ui.enabled", "false").set("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", "65536"));
        service = new Thread(() -> {
            try {
                FitService.serve(spark, exchange, 2, OPEN::get);
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "fit-service");
        service.start();
    }

    @AfterAll
    static void stopService() throws InterruptedException {
        OPEN.set(false);
        service.join(30_000);
        spark.stop();
    }

    @Test
    void aCountingProcessModelWithStrataIsAnsweredAsInProcess() throws IOException {
        CoxData data = DistributedCoxTest.coxData(DistributedCoxTest.simulated(20000, 2, true, true),
                DistributedCoxTest.TERMS);
        CoxRequest request = CoxRequest.write(exchange, "counting", data, Ties.EFRON);
        assertThat(Files.size(request.rowsFile(exchange))).as("several splits").isGreaterThan(4 * 65536);

        CoxResult answered = CoxReply.read(reply("counting"));

        DistributedCoxTest.assertSameFit(answered, CoxModel.fitWithoutConcordance(data, Ties.EFRON));
        assertThat(answered.concordance()).isNaN();
    }

    @Test
    void rightCensoredRowsWithBreslowTies() throws IOException {
        CoxData data = DistributedCoxTest.coxData(DistributedCoxTest.simulated(5000, 1, true, false),
                DistributedCoxTest.TERMS);
        CoxRequest.write(exchange, "breslow", data, Ties.BRESLOW);

        DistributedCoxTest.assertSameFit(CoxReply.read(reply("breslow")), CoxModel.fit(data, Ties.BRESLOW));
    }

    @Test
    void requestsOfDifferentWidthsAskedAtOnceAreEachReadWithTheirOwn() throws IOException {
        CoxData all = DistributedCoxTest.coxData(DistributedCoxTest.simulated(6000, 1, true, true),
                DistributedCoxTest.TERMS);
        List<CoxData> models = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            CoxData model = new CoxData(all.start(), all.stop(), all.event(), null, 1,
                    Arrays.copyOf(all.covariates(), p), DistributedCoxTest.TERMS.subList(0, p));
            models.add(model);
            CoxRequest.write(exchange, "width-" + p, model, Ties.EFRON);
        }

        for (int p = 1; p <= 3; p++) {
            DistributedCoxTest.assertSameFit(CoxReply.read(reply("width-" + p)),
                    CoxModel.fitWithoutConcordance(models.get(p - 1), Ties.EFRON));
        }
    }

    @Test
    void aModelTheFitRefusesIsAnsweredWithItsReason() throws IOException {
        CoxData data = CoxData.rightCensored(new double[] { 1, 2, 3, 4 }, new boolean[] { true, false, true, true },
                new double[][] { { 1, 1, 1, 1 } }, List.of("constant"));
        CoxRequest.write(exchange, "singular", data, Ties.EFRON);

        Path reply = reply("singular");
        assertThatThrownBy(() -> CoxReply.read(reply)).isInstanceOf(FitElsewhereException.class)
            .hasMessageContaining("constant");
    }

    @Test
    void rowsThatCannotBeReadAreAnEngineFailure() throws IOException {
        CoxRequest request = CoxRequest.write(exchange, "lost", CoxData.rightCensored(new double[] { 1, 2 },
                new boolean[] { true, false }, new double[][] { { 0, 1 } }, List.of("x")), Ties.EFRON);
        Files.delete(request.rowsFile(exchange));

        Path reply = reply("lost");
        assertThatThrownBy(() -> CoxReply.read(reply)).isInstanceOf(IOException.class).hasMessageContaining("lost");
    }

    /** The reply to {@code id}, once the service has written it. */
    private static Path reply(String id) {
        Path reply = exchange.resolve(id + CoxReply.SUFFIX);
        await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(reply));
        return reply;
    }
}
