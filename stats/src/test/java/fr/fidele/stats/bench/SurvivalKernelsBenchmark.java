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
import java.util.List;
import java.util.Random;
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
 * JMH benchmark of the survival kernels on synthetic churn data (day-tied or continuous times, two groups, three
 * covariates). Run with {@code bench/stats/jmh.sh}; the side-by-side comparison with R is {@code bench/stats/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx4g"})
public class SurvivalKernelsBenchmark {

    @Param({"1000000"})
    int subjects;

    @Param({"day", "continuous"})
    String times;

    private SurvivalData byGroup;
    private SurvivalData pooled;
    private int[] group;
    private CoxData cox;

    @Setup
    public void generate() {
        Random random = new Random(20261122);
        double[] time = new double[subjects];
        boolean[] event = new boolean[subjects];
        group = new int[subjects];
        double[][] x = new double[3][subjects];
        for (int i = 0; i < subjects; i++) {
            group[i] = random.nextInt(2);
            x[0][i] = random.nextGaussian();
            x[1][i] = random.nextInt(10) < 3 ? 1 : 0;
            x[2][i] = random.nextDouble();
            double rate = 0.002 * Math.exp(0.4 * group[i] + 0.3 * x[0][i] - 0.5 * x[1][i] + 0.2 * x[2][i]);
            double eventTime = -Math.log(random.nextDouble()) / rate;
            double censorTime = 1500 * random.nextDouble();
            double t = Math.min(eventTime, censorTime);
            time[i] = times.equals("day") ? Math.max(1, Math.ceil(t)) : t;
            event[i] = eventTime <= censorTime;
        }
        byGroup = new SurvivalData(time, event, group, List.of("group=0", "group=1"));
        pooled = SurvivalData.unstratified(time, event);
        cox = CoxData.rightCensored(time, event, x, List.of("x1", "x2", "x3"));
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
