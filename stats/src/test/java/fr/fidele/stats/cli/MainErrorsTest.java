package fr.fidele.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line on stderr and exit status 2, never a stack trace or a number. */
class MainErrorsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path csv(String content) throws IOException {
        Path file = folder.resolve("data.csv");
        Files.writeString(file, content);
        return file;
    }

    private void assertOneLineError(int status, String fragment) {
        assertThat(status).isEqualTo(Main.USAGE_ERROR);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains(fragment).hasLineCount(1);
    }

    @Test
    void unknownColumn() throws IOException {
        Path file = csv("t,e\n1,1\n2,0\n");
        assertOneLineError(run("km", "--data", file.toString(), "--time", "tenure", "--event", "e"), "tenure");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = csv("");
        assertOneLineError(run("km", "--data", file.toString(), "--time", "t", "--event", "e"), "empty");
    }

    @Test
    void nonNumericTime() throws IOException {
        Path file = csv("t,e\n1,1\nsoon,0\n");
        assertOneLineError(run("km", "--data", file.toString(), "--time", "t", "--event", "e"), "not numeric");
    }

    @Test
    void eventThatIsNotABinaryFlag() throws IOException {
        Path file = csv("t,e\n1,yes\n2,no\n");
        assertOneLineError(run("km", "--data", file.toString(), "--time", "t", "--event", "e"), "--event-value");
    }

    @Test
    void intervalThatNearTiesWouldCloseIsRefusedLikeR() throws IOException {
        // R: "aeqSurv exception, an interval has effective length 0"
        Path file = csv("a,b,e,x\n0,1,1,0.5\n1,1.000000000001,1,0.2\n0,2,0,0.9\n0,3,1,0.1\n");
        assertOneLineError(run("cox", "--data", file.toString(), "--start", "a", "--stop", "b", "--event", "e",
                "--covariates", "x"), "length 0");
    }

    @Test
    void confidenceLevelOutsideTheUnitInterval() throws IOException {
        Path file = csv("t,e,x\n1,1,0.5\n2,1,0.2\n3,0,0.9\n4,1,0.1\n");
        assertOneLineError(run("cox", "--data", file.toString(), "--time", "t", "--event", "e", "--covariates", "x",
                "--conf-level", "95"), "--conf-level");
    }

    @Test
    void unknownCommandAndMissingArguments() {
        assertOneLineError(run("median"), "unknown command");
    }

    @Test
    void quotedFieldsWithCommasAndBooleanEvents() throws IOException {
        Path file = csv("\"time\",\"event\",\"plan\"\n1,TRUE,\"Basic, monthly\"\n2,FALSE,\"Basic, monthly\"\n"
                + "3,TRUE,\"Pro \"\"annual\"\"\"\n");
        int status = run("km", "--data", file.toString(), "--time", "time", "--event", "event", "--strata", "plan");

        assertThat(status).isZero();
        // n at risk, events, censored and survival counted by hand; labels keep the comma and the quotes
        assertThat(out.toString(StandardCharsets.UTF_8).lines().map(line -> line.replaceAll("(,[^,]*){3}$", "")))
                .containsExactly("strata,time,n_risk,n_event,n_censor,surv",
                        "plan=Basic, monthly,1.0,2,1,0,0.5",
                        "plan=Basic, monthly,2.0,1,0,1,0.5",
                        "plan=Pro \"annual\",3.0,1,1,0,0.0");
    }
}
