package fr.fidele.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every command line of {@code reference/*.cases} end to end and compares its output with the CSV that R
 * wrote for the same case ({@code reference/make-reference.R}): labels exactly, numbers to 1e-9 relative
 * (p-values to 1e-6 relative). For every Cox case R could fit, the variance matrix R wrote
 * ({@code <name>-var.csv}) is compared too.
 */
class ReferenceCasesTest {

    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final double P_VALUE_TOLERANCE = 1e-6;

    static Stream<String[]> cases() throws IOException, URISyntaxException {
        List<String[]> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(reference())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cases")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        cases.add(line.split("\\|", 2));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<String[]> fittedCoxCases() throws IOException, URISyntaxException {
        List<String[]> fitted = new ArrayList<>();
        for (String[] c : cases().toList()) {
            if (c[1].startsWith("cox ") && Files.exists(reference().resolve(c[0] + "-var.csv"))) {
                fitted.add(c);
            }
        }
        return fitted.stream();
    }

    /** The command line with {@code --data} resolved against the test data sets. */
    private static String[] arguments(String commandLine) throws URISyntaxException {
        String[] args = commandLine.trim().split("\\s+");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--data")) {
                args[i + 1] = reference().resolveSibling("datasets").resolve(args[i + 1]).toString();
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fittedCoxCases")
    void coxVarianceMatrixEqualsR(String name, String commandLine) throws Exception {
        double[][] variance = CoxCommand.fit(new Arguments(arguments(commandLine), 1, CoxCommand.OPTIONS)).variance();
        List<String> expected = Files.readAllLines(reference().resolve(name + "-var.csv"));

        assertThat(variance.length).isEqualTo(expected.size());
        for (int i = 0; i < variance.length; i++) {
            String[] row = expected.get(i).split(",");
            assertThat(variance[i]).hasSameSizeAs(row);
            for (int j = 0; j < row.length; j++) {
                assertField(name + " variance[" + i + "][" + j + "]", "", row[j], Numbers.format(variance[i][j]));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void commandLineEqualsR(String name, String commandLine) throws Exception {
        String[] args = arguments(commandLine);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> expected = Files.readAllLines(reference().resolve(name + ".csv"));

        if (expected.get(0).equals("error")) {
            assertThat(status).as("R refused this model (%s); so must we", expected.get(1)).isEqualTo(Main.FIT_ERROR);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").doesNotContain("\n\n");
            return;
        }
        assertThat(status).as("stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> actual = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(actual).hasSameSizeAs(expected);
        String[] header = null;
        for (int line = 0; line < expected.size(); line++) {
            String[] want = expected.get(line).split(",", -1);
            String[] got = actual.get(line).split(",", -1);
            assertThat(got).as("line %d: %s", line + 1, actual.get(line)).hasSameSizeAs(want);
            if (want.length > 0 && !Numbers.isNumber(want[want.length - 1]) && !want[want.length - 1].equals("NA")
                    && !want[want.length - 1].equals("Inf")) {
                header = want;
            }
            for (int field = 0; field < want.length; field++) {
                String column = header == null || field >= header.length ? "" : header[field];
                assertField(name + " line " + (line + 1) + " " + column, column, want[field], got[field]);
            }
        }
    }

    private static void assertField(String where, String column, String want, String got) {
        if (Numbers.isNumber(want) && Numbers.isNumber(got)) {
            double expected = Double.parseDouble(want);
            double actual = Double.parseDouble(got);
            double tolerance = column.equals("p") ? P_VALUE_TOLERANCE : RELATIVE_TOLERANCE;
            assertThat(Math.abs(actual - expected))
                    .as("%s: R %s, Java %s", where, want, got)
                    .isLessThanOrEqualTo(tolerance * Math.abs(expected));
        } else {
            assertThat(got).as(where).isEqualTo(want);
        }
    }

    private static Path reference() throws URISyntaxException {
        return Path.of(ReferenceCasesTest.class.getResource("/reference/km.cases").toURI()).getParent();
    }
}
