package fr.fidele.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.exchange.CoxRequest;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.Ties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as the application runs it, a process of its own: it says when it is ready, answers, and stops by
 * itself when its standard input ends — what happens when the application that started it is killed, so that no
 * service outlives its application.
 */
class FitServiceProcessTest {

    @TempDir
    Path exchange;

    @Test
    void theServiceStopsWhenItsApplicationsEndClosesItsInput() throws IOException, InterruptedException {
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspark.master=local[1]", "-Dspark.ui.enabled=false", "-cp", System.getProperty("java.class.path"),
                FitService.class.getName(), exchange.toString(), "1")
            .redirectErrorStream(true).redirectOutput(exchange.resolve("service.log").toFile()).start();
        try {
            awaitFile(exchange.resolve(FitService.READY), service);
            CoxData data = DistributedCoxTest.coxData(DistributedCoxTest.simulated(2000, 1, true, false),
                    DistributedCoxTest.TERMS);
            CoxRequest.write(exchange, "one", data, Ties.EFRON);
            Path reply = exchange.resolve("one" + CoxReply.SUFFIX);
            awaitFile(reply, service);
            DistributedCoxTest.assertSameFit(CoxReply.read(reply), CoxModel.fit(data, Ties.EFRON));

            service.getOutputStream().close();

            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped by itself").isTrue();
            assertThat(service.exitValue()).isZero();
        }
        finally {
            service.destroyForcibly();
        }
    }

    private static void awaitFile(Path file, Process service) {
        await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(file) || !service.isAlive());
        assertThat(file).as("written by the service (see service.log)").exists();
    }
}
