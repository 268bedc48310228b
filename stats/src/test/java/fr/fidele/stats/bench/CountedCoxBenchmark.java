package fr.fidele.stats.bench;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.Ties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the Cox fit a dashboard's period filter asks for: customers followed over a six-month period of
 * their tenure (whole days, late entry), each exposure switching on at a contact's moment (a fraction of a day), the
 * follow-up split at those moments into counting-process rows, strata by segment, Efron ties, no concordance — the
 * shape of the loyalty module's retention models by channel, on which the fit takes its counted path. Generated in
 * process with a fixed seed. Run with {@code bench/stats/jmh-counted.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// iterations of three seconds: with fits of a few hundred milliseconds, two-second ones varied by half
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx4g"})
public class CountedCoxBenchmark {

    private static final int PERIOD_DAYS = 181;
    private static final int STRATA = 3;

    /** Customers followed in the period. */
    @Param({"500000"})
    int customers;

    /** Exposures, one binary covariate each (the channels: seven). */
    @Param({"7"})
    int exposures;

    private CoxData data;

    @Setup
    public void generate() {
        SplittableRandom random = new SplittableRandom(17);
        List<double[]> rows = new ArrayList<>();
        double[] switches = new double[exposures];
        for (int i = 0; i < customers; i++) {
            double entry = random.nextInt(1000);
            boolean churned = random.nextDouble() < 0.08;
            double exit = entry + (churned ? 1 + random.nextInt(PERIOD_DAYS - 1) : PERIOD_DAYS);
            int stratum = random.nextInt(STRATA);
            double[] first = new double[exposures];
            int count = 0;
            for (int e = 0; e < exposures; e++) {
                // about one customer in four uses a channel, before the period or during it, at some moment of a day
                double u = random.nextDouble();
                first[e] = u < 0.12 ? entry - random.nextInt(400) - random.nextDouble()
                        : u < 0.25 ? entry + random.nextDouble() * (exit - entry) : Double.NaN;
                if (first[e] > entry && first[e] < exit) {
                    switches[count++] = first[e];
                }
            }
            Arrays.sort(switches, 0, count);
            double from = entry;
            for (int s = 0; s <= count; s++) {
                double to = s < count ? switches[s] : exit;
                if (to == from) {
                    continue;
                }
                double[] row = new double[4 + exposures];
                row[0] = from;
                row[1] = to;
                row[2] = s == count && churned ? 1 : 0;
                row[3] = stratum;
                for (int e = 0; e < exposures; e++) {
                    row[4 + e] = first[e] <= from ? 1 : 0;
                }
                rows.add(row);
                from = to;
            }
        }
        int n = rows.size();
        double[] start = new double[n];
        double[] stop = new double[n];
        boolean[] event = new boolean[n];
        int[] stratum = new int[n];
        double[][] x = new double[exposures][n];
        List<String> terms = new ArrayList<>();
        for (int e = 0; e < exposures; e++) {
            terms.add("exposure" + e);
        }
        for (int r = 0; r < n; r++) {
            double[] row = rows.get(r);
            start[r] = row[0];
            stop[r] = row[1];
            event[r] = row[2] == 1;
            stratum[r] = (int) row[3];
            for (int e = 0; e < exposures; e++) {
                x[e][r] = row[4 + e];
            }
        }
        data = new CoxData(start, stop, event, stratum, STRATA, x, terms);
    }

    @Benchmark
    public CoxResult periodModel() {
        return CoxModel.fitWithoutConcordance(data, Ties.EFRON);
    }
}
