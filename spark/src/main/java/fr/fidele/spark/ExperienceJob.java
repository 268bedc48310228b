package fr.fidele.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import fr.fidele.casefile.CountingProcess;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.Experience;
import fr.fidele.casefile.ExposureCounts;
import fr.fidele.casefile.FollowUp;
import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.ModelFitException;
import fr.fidele.stats.survival.Ties;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The loyalty module's experience model computed on Spark from the database, for {@code spark-submit} (the master
 * comes from it):
 * <pre>
 * ExperienceJob JDBC_URL AS_OF ZONE OUT_DIR [RANGES]
 * </pre>
 * with the user and password among the URL's parameters, and the application's time zone (a customer's day 0
 * starts at midnight there).
 * Each task reads a range of customer ids and their contacts ({@link CustomerSlices}), all in one snapshot of the
 * database; the exposure counts are added up over the ranges, the experiences some departed customer went through
 * become the terms, each range's counting-process rows are cut by the application's own code and the model is fitted
 * by {@link DistributedCox}. Writes {@code experiences.counts} (customers, departures, each term's exposed customers
 * and those of them who left) and then {@code experiences.reply} (the fit, to the bit, or why it was refused) in
 * OUT_DIR: the same model as the application's in process (decision 34).
 */
public final class ExperienceJob {

    static final String ID = "experiences";
    static final String COUNTS = ID + ".counts";
    private static final Experience[] EXPERIENCES = Experience.values();

    private ExperienceJob() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 4) {
            System.err.println("usage: ExperienceJob JDBC_URL AS_OF ZONE OUT_DIR [RANGES]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[3]));
        try (SparkSession spark = SparkSession.builder().appName("fidele-experiences").getOrCreate();
                Connection snapshot = DriverManager.getConnection(args[0])) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int ranges = args.length > 4 ? Integer.parseInt(args[4]) : 4 * context.defaultParallelism();
            long started = System.nanoTime();
            CustomerSlices slices = new CustomerSlices(args[0], exported(snapshot), LocalDate.parse(args[1]), ZoneId.of(args[2]));
            JavaRDD<CustomerTable> tables = context.parallelize(ranges(snapshot, ranges), ranges)
                .map(range -> slices.read(range[0], range[1]))
                .persist(StorageLevel.MEMORY_AND_DISK());
            fit(tables, out);
            System.out.printf("customers read and model fitted in %.3f s over %d ranges%n", (System.nanoTime() - started) / 1e9, ranges);
        }
    }

    /** Counts, chooses the terms, fits: what the application's {@code ExperienceAnalysis} does over every customer. */
    static void fit(JavaRDD<CustomerTable> tables, Path out) throws IOException {
        int[] all = IntStream.range(0, EXPERIENCES.length).toArray();
        ExposureCounts counts = tables.map(table -> ExposureCounts.of(table, all, FollowUp.of(table))).reduce(ExposureCounts::plus);
        int[] columns = IntStream.range(0, all.length).filter(counts::estimable).toArray();
        List<String> terms = Arrays.stream(columns).mapToObj(c -> EXPERIENCES[c].name()).toList();
        writeCounts(out, counts);
        if (counts.departures() == 0 || columns.length == 0) {
            CoxReply.writeRefusal(out, ID, counts.departures() == 0 ? "no customer has churned yet" : "no experience is estimable");
            return;
        }
        JavaRDD<CoxRow> rows = tables.flatMap(table -> rows(CountingProcess.of(table, columns, terms, FollowUp.of(table))).iterator());
        try {
            CoxResult result = DistributedCox.fit(rows, terms, Ties.EFRON);
            CoxReply.write(out, ID, result);
        }
        catch (ModelFitException | IllegalArgumentException e) {
            CoxReply.writeRefusal(out, ID, e.getMessage());
        }
    }

    private static List<CoxRow> rows(CoxData data) {
        List<CoxRow> rows = new ArrayList<>(data.size());
        for (int r = 0; r < data.size(); r++) {
            double[] x = new double[data.covariates().length];
            for (int j = 0; j < x.length; j++) {
                x[j] = data.covariates()[j][r];
            }
            rows.add(new CoxRow(data.start()[r], data.stop()[r], data.event()[r], data.stratum()[r], x));
        }
        return rows;
    }

    /**
     * A snapshot of the database every task reads in: the driver's transaction stays open while the job runs, so
     * that the ranges read one state of the case file, as the application's single scan does.
     */
    private static String exported(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement(); ResultSet id = statement.executeQuery("select pg_export_snapshot()")) {
            id.next();
            return id.getString(1);
        }
    }

    /** {@code count} ranges of customer ids, each {@code {from, to}} inclusive, of even widths over the ids in use. */
    static List<long[]> ranges(Connection connection, int count) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet bounds = statement.executeQuery("select coalesce(min(id), 1), coalesce(max(id), 0) from customer_facts")) {
            bounds.next();
            long low = bounds.getLong(1);
            long width = bounds.getLong(2) - low + 1;
            List<long[]> ranges = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ranges.add(new long[] { low + width * i / count, low + width * (i + 1) / count - 1 });
            }
            return ranges;
        }
    }

    private static void writeCounts(Path out, ExposureCounts counts) throws IOException {
        Properties text = new Properties();
        text.setProperty("customers", Integer.toString(counts.customers()));
        text.setProperty("departures", Integer.toString(counts.departures()));
        for (int c = 0; c < EXPERIENCES.length; c++) {
            text.setProperty("exposed." + EXPERIENCES[c].name(), Integer.toString(counts.exposed()[c]));
            text.setProperty("exposedChurned." + EXPERIENCES[c].name(), Integer.toString(counts.exposedChurned()[c]));
        }
        Path part = out.resolve(COUNTS + ".part");
        try (OutputStream stream = Files.newOutputStream(part)) {
            text.store(stream, "the experience model's counts");
        }
        Files.move(part, out.resolve(COUNTS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
