package fr.fidele.stats.bench;

import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.KaplanMeier;
import fr.fidele.stats.survival.LogRankResult;
import fr.fidele.stats.survival.LogRankTest;
import fr.fidele.stats.survival.SurvivalCurve;
import fr.fidele.stats.survival.SurvivalData;
import fr.fidele.stats.survival.Ties;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
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
 * JMH benchmark of the survival kernels on the data {@code bench/stats/generate.R} writes (the very files R reads in
 * {@code bench/stats/run.sh}: two groups, three covariates, day-tied or continuous times). Run with
 * {@code bench/stats/jmh.sh SIZE}, which generates the data when it is missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx4g"})
public class SurvivalKernelsBenchmark {

    /** Directory written by {@code generate.R}. */
    @Param({"/tmp/fidele-stats-bench/n1000000"})
    String data;

    /** {@code day} (integer days, heavy ties) or {@code cont} (continuous times). */
    @Param({"day", "cont"})
    String times;

    private SurvivalData byGroup;
    private SurvivalData pooled;
    private int[] group;
    private CoxData cox;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(data);
        double[] time = doubles(dir.resolve("time_" + times + ".f64"));
        int[] status = ints(dir.resolve("status.i32"));
        group = ints(dir.resolve("group.i32"));
        boolean[] event = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            event[i] = status[i] == 1;
        }
        double[][] x = {doubles(dir.resolve("x1.f64")), doubles(dir.resolve("x2.f64")), doubles(dir.resolve("x3.f64"))};
        byGroup = new SurvivalData(time, event, group, List.of("group=0", "group=1"));
        pooled = SurvivalData.unstratified(time, event);
        cox = CoxData.rightCensored(time, event, x, List.of("x1", "x2", "x3"));
    }

    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private static double[] doubles(Path file) throws IOException {
        ByteBuffer buffer = map(file);
        double[] values = new double[buffer.capacity() / Double.BYTES];
        buffer.asDoubleBuffer().get(values);
        return values;
    }

    private static int[] ints(Path file) throws IOException {
        ByteBuffer buffer = map(file);
        int[] values = new int[buffer.capacity() / Integer.BYTES];
        buffer.asIntBuffer().get(values);
        return values;
    }
    @Benchmark
    public List<SurvivalCurve> kaplanMeierTwoStrata() {
        return KaplanMeier.fit(byGroup, ConfidenceType.LOG, 0.95);
    }

    @Benchmark
    public LogRankResult logRank() {
        return LogRankTest.test(pooled, group, 2, 0);
    }

    @Benchmark
    public CoxResult coxThreeCovariates() {
        return CoxModel.fit(cox, Ties.EFRON);
    }
}
