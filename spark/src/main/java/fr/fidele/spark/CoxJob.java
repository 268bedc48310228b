package fr.fidele.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.Ties;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

/**
 * The Cox fit as a Spark application, for {@code spark-submit} (the master comes from it) or a local run:
 * <pre>
 * CoxJob PARQUET_DIR [efron|breslow]
 * </pre>
 * reads rows with columns {@code stop} (double), {@code event} (boolean), optionally {@code start} (double, null
 * when right-censored) and {@code stratum} (int), and every other double column as a covariate, in order; prints
 * how long the rows took to load and the fit to run, and the model.
 */
public final class CoxJob {

    private static final List<String> NOT_COVARIATES = List.of("start", "stop", "event", "stratum");

    private CoxJob() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CoxJob PARQUET_DIR [efron|breslow]");
            System.exit(2);
        }
        Ties ties = args.length > 1 && args[1].equalsIgnoreCase("breslow") ? Ties.BRESLOW : Ties.EFRON;
        try (SparkSession spark = SparkSession.builder().appName("fidele-cox").getOrCreate()) {
            long begin = System.nanoTime();
            Dataset<Row> table = spark.read().parquet(args[0]);
            List<String> terms = covariates(table);
            JavaRDD<CoxRow> rows = rows(table, terms).persist(StorageLevel.MEMORY_AND_DISK());
            long count = rows.count();
            long loaded = System.nanoTime();
            CoxResult result = DistributedCox.fit(rows, terms, ties);
            long fitted = System.nanoTime();
            System.out.printf("rows=%d partitions=%d load_seconds=%.3f seconds=%.3f check=%.10g%n", count,
                    rows.getNumPartitions(), (loaded - begin) / 1e9, (fitted - loaded) / 1e9, result.coefficients()[0]);
            for (int i = 0; i < terms.size(); i++) {
                System.out.printf("%s coef=%.10g hr=%.6f [%.6f, %.6f]%n", terms.get(i), result.coefficients()[i],
                        result.hazardRatio(i), result.hazardRatioLower(i, 0.95), result.hazardRatioUpper(i, 0.95));
            }
            System.out.printf("subjects=%d events=%d iterations=%d loglik=%.10g%n", result.subjects(), result.events(),
                    result.iterations(), result.logLikelihood());
        }
    }

    /** The double columns that are neither times nor the event nor the stratum, in the file's order. */
    static List<String> covariates(Dataset<Row> table) {
        return Arrays.stream(table.schema().fields())
            .filter(field -> field.dataType().equals(DataTypes.DoubleType) && !NOT_COVARIATES.contains(field.name()))
            .map(StructField::name)
            .toList();
    }

    static JavaRDD<CoxRow> rows(Dataset<Row> table, List<String> terms) {
        List<String> columns = Arrays.asList(table.columns());
        boolean entered = columns.contains("start");
        boolean stratified = columns.contains("stratum");
        List<String> read = new ArrayList<>(List.of("stop", "event"));
        read.add(entered ? "start" : "stop");
        read.add(stratified ? "stratum" : "event");
        read.addAll(terms);
        int p = terms.size();
        return table.selectExpr(read.toArray(String[]::new)).javaRDD().map(row -> {
            double[] x = new double[p];
            for (int j = 0; j < p; j++) {
                x[j] = row.getDouble(4 + j);
            }
            double start = entered && !row.isNullAt(2) ? row.getDouble(2) : Double.NEGATIVE_INFINITY;
            return new CoxRow(start, row.getDouble(0), row.getBoolean(1), stratified ? row.getInt(3) : 0, x);
        });
    }
}
