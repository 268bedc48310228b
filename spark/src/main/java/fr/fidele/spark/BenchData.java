package fr.fidele.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the survival benchmark's data ({@code bench/stats/generate.R}: little-endian binary columns) as Parquet for
 * {@link CoxJob}, each task reading its own slice of the columns:
 * <pre>
 * BenchData BINARY_DIR day|cont PARQUET_DIR PARTITIONS
 * </pre>
 */
public final class BenchData {

    private BenchData() {
    }

    public static void main(String[] args) throws IOException {
        String dir = args[0];
        String times = args[1];
        int parts = Integer.parseInt(args[3]);
        StructType schema = new StructType().add("stop", DataTypes.DoubleType).add("event", DataTypes.BooleanType)
            .add("x1", DataTypes.DoubleType).add("x2", DataTypes.DoubleType).add("x3", DataTypes.DoubleType);
        try (SparkSession spark = SparkSession.builder().appName("fidele-bench-data").getOrCreate()) {
            int n = (int) (Path.of(dir, "status.i32").toFile().length() / Integer.BYTES);
            JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(IntStream.range(0, parts).boxed().toList(), parts)
                .flatMap(part -> slice(dir, times, (int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts)).iterator());
            spark.createDataFrame(rows, schema).write().mode("overwrite").parquet(args[2]);
        }
    }

    private static List<Row> slice(String dir, String times, int from, int to) {
        double[] stop = doubles(Path.of(dir, "time_" + times + ".f64"), from, to);
        int[] status = ints(Path.of(dir, "status.i32"), from, to);
        double[][] x = { doubles(Path.of(dir, "x1.f64"), from, to), doubles(Path.of(dir, "x2.f64"), from, to),
                doubles(Path.of(dir, "x3.f64"), from, to) };
        List<Row> rows = new ArrayList<>(to - from);
        for (int i = 0; i < to - from; i++) {
            rows.add(RowFactory.create(stop[i], status[i] == 1, x[0][i], x[1][i], x[2][i]));
        }
        return rows;
    }

    private static double[] doubles(Path file, int from, int to) {
        double[] values = new double[to - from];
        slice(file, from, to, Double.BYTES).asDoubleBuffer().get(values);
        return values;
    }

    private static int[] ints(Path file, int from, int to) {
        int[] values = new int[to - from];
        slice(file, from, to, Integer.BYTES).asIntBuffer().get(values);
        return values;
    }

    /** Rows [from, to) of a column of little-endian values of {@code bytes} each. */
    private static ByteBuffer slice(Path file, int from, int to, int bytes) {
        try (FileChannel channel = FileChannel.open(file)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, (long) from * bytes, (long) (to - from) * bytes)
                .order(ByteOrder.LITTLE_ENDIAN);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
