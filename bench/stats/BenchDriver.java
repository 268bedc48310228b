import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.KaplanMeier;
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

/**
 * One timed Java run, the counterpart of bench.R:
 * java -cp stats/target/fidele-stats.jar bench/stats/BenchDriver.java (km|logrank|cox|cox-without-concordance) (day|cont) DIR
 * Prints "seconds=<elapsed of the computation>" for a cold run (JIT warm-up included), like R's single run.
 */
public final class BenchDriver {

    public static void main(String[] args) throws IOException {
        String method = args[0];
        Path dir = Path.of(args[2]);
        double[] time = doubles(dir.resolve("time_" + args[1] + ".f64"));
        int[] status = ints(dir.resolve("status.i32"));
        int[] group = ints(dir.resolve("group.i32"));
        boolean[] event = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            event[i] = status[i] == 1;
        }
        double[][] x = method.startsWith("cox") ? new double[][] {doubles(dir.resolve("x1.f64")),
                doubles(dir.resolve("x2.f64")), doubles(dir.resolve("x3.f64"))} : null;
        long begin = System.nanoTime();
        double check;
        switch (method) {
            case "km" -> {
                SurvivalData data = new SurvivalData(time, event, group, List.of("group=0", "group=1"));
                List<SurvivalCurve> curves = KaplanMeier.fit(data, ConfidenceType.LOG, 0.95);
                check = curves.get(0).median();
            }
            case "logrank" -> check = LogRankTest.test(SurvivalData.unstratified(time, event), group, 2, 0).chiSquare();
            case "cox" -> check = CoxModel.fit(CoxData.rightCensored(time, event, x, List.of("x1", "x2", "x3")),
                    Ties.EFRON).coefficients()[0];
            // the fit alone, as the Spark job does it (bench/spark/run.sh)
            case "cox-without-concordance" -> check = CoxModel.fitWithoutConcordance(
                    CoxData.rightCensored(time, event, x, List.of("x1", "x2", "x3")), Ties.EFRON).coefficients()[0];
            default -> throw new IllegalArgumentException(method);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("seconds=%.3f check=%.10g%n", seconds, check);
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
}
