package fr.fidele.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.EverExposed;
import fr.fidele.casefile.Experience;
import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.FigureThresholds;
import fr.fidele.casefile.ExposureCounts;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.JobExchange;
import fr.fidele.casefile.LoyaltyModel;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.TallyFile;
import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.exchange.WholeFiles;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.ModelFitException;
import fr.fidele.stats.survival.Ties;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The loyalty module's churn models computed on Spark from the database, for {@code spark-submit} (the master comes
 * from it):
 * <pre>
 * LoyaltyModelsJob SOURCE AS_OF ZONE OUT_DIR [RANGES]
 * </pre>
 * where SOURCE is the database's JDBC URL with the user and password among its parameters ({@code -}: the URL in the
 * environment variable {@value JobExchange#URL_VARIABLE}, where Fidèle puts it so that the password does not show in the
 * machine's process list), or a directory exported by {@link CaseFileExport} (whose ranges are then read, RANGES
 * ignored); and ZONE the application's time zone (a customer's day 0 starts at midnight there). Each task reads a range
 * of customer ids and their contacts ({@link CustomerSlices}), all in one snapshot of the database. Then each model of
 * {@link LoyaltyModel} — the experiences, and the retention models: having contacted, the channels, the reasons, each segment — is counted over every range, keeps the terms it
 * can estimate, has each range's counting-process rows cut by the application's own code and is fitted by
 * {@link DistributedCox}; so is the naive comparison ({@link EverExposed}). For each model, {@code ID.counts}
 * (customers, departures, each term's exposed customers and those of them who left) then {@code ID.reply} (the fit,
 * to the bit, or why it was refused) are written in OUT_DIR: the models of the application's in-process
 * recomputation (decision 34). The same read counts every contact for the dashboards, first of all
 * ({@value JobExchange#TALLY}: by advisor and case-mix cell, from which the advisor contributions are computed, by queue and by
 * month), as the application's scan counts them, the whole service's trends month by month ({@link MonthlyTrends}),
 * the value at stake's unhappy and happy customers ({@value JobExchange#VALUE_AT_STAKE}) and the retention report's landmark
 * curves ({@link LandmarkCurves}); and the whole service's measures, by channel too, and each customer's recent contacts
 * ({@link ServiceFigures}), with the company's thresholds given in {@value JobExchange#THRESHOLDS_VARIABLE} (unset: the
 * defaults of docs/metrics.md).
 */
public final class LoyaltyModelsJob {

    /** The exit of a job stopped because the application that started it is gone. */
    static final int STOPPED = 3;

    private LoyaltyModelsJob() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 4) {
            System.err.println("usage: LoyaltyModelsJob JDBC_URL|EXPORT_DIR AS_OF ZONE OUT_DIR [RANGES]");
            System.exit(2);
        }
        // set by Fidèle, which holds the input: an application killed with -9 leaves no job reading its database (unset,
        // the input is not read: a shell's may be empty)
        if (System.getenv(JobExchange.STOP_WITH_INPUT) != null) {
            Thread watch = new Thread(() -> {
                FitService.untilEndOf(System.in);
                System.err.println("LoyaltyModelsJob: the application that started it is gone, the job stops");
                System.exit(STOPPED);
            }, "loyalty-job-stdin");
            watch.setDaemon(true);
            watch.start();
        }
        // before the session and the database: a mistyped threshold stops the job having started nothing
        FigureThresholds thresholds = FigureThresholds.parse(System.getenv(JobExchange.THRESHOLDS_VARIABLE));
        Path out = Files.createDirectories(Path.of(args[3]));
        try (SparkSession spark = SparkSession.builder().appName("fidele-loyalty-models").getOrCreate()) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int count = args.length > 4 ? Integer.parseInt(args[4]) : 4 * context.defaultParallelism();
            long started = System.nanoTime();
            try (RangeSource source = RangeSource.of(args[0], JobExchange.URL_VARIABLE, count)) {
                compute(context, source, LocalDate.parse(args[1]), ZoneId.of(args[2]), thresholds, out);
                System.out.printf("ranges=%d seconds=%.3f%n", source.ranges().size(), (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /** Every figure of the recomputation, from the case file of {@code source}, written in {@code out}. */
    private static void compute(JavaSparkContext context, RangeSource source, LocalDate asOf, ZoneId zone,
            FigureThresholds thresholds, Path out) throws IOException {
        List<String> reasons = source.reasonCodes();
        CustomerSlices slices = new CustomerSlices(source, asOf, zone, thresholds);
        List<Range> customers = source.ranges();
        JavaRDD<CustomerSlices.Slice> read = context.parallelize(customers, customers.size()).map(slices::read)
            .persist(StorageLevel.MEMORY_AND_DISK());
        TallyCounts counted = read.map(CustomerSlices.Slice::counts).reduce(TallyCounts::plus);
        TallyFile.write(out.resolve(JobExchange.TALLY), counted);
        ServiceFigures.write(out, read.map(CustomerSlices.Slice::service), thresholds);
        JavaRDD<CustomerTable> tables = read.map(CustomerSlices.Slice::table);
        MonthlyTrends.write(out, counted, tables, asOf);
        List<Exposure> exposures = Exposure.ofTheLoyaltyModels(reasons);
        writeValueAtStake(out, tables, exposures);
        List<LoyaltyModel> models = new ArrayList<>(List.of(LoyaltyModel.experiences(exposures)));
        models.addAll(LoyaltyModel.retention(exposures));
        int contacted = LoyaltyModel.columns(exposures, List.of(Exposure.CONTACTED))[0];
        LandmarkCurves.write(out, tables, contacted);
        LoyaltyModel naive = new LoyaltyModel(LoyaltyModel.NAIVE, new int[] { contacted }, List.of(EverExposed.EVER_CONTACTED), null, false);
        List<ExposureCounts> counts = counts(tables, models, naive);
        for (int m = 0; m < models.size(); m++) {
            fit(tables, models.get(m), counts.get(m), out);
        }
        write(out, naive, naive.terms(), counts.get(models.size()), tables.flatMap(
                table -> CoxRow.of(EverExposed.rows(table, FollowUp.of(table), contacted, EverExposed.EVER_CONTACTED)).iterator()));
    }

    /** Every model's counts, and last the naive comparison's, in one pass over the ranges, added up. */
    private static List<ExposureCounts> counts(JavaRDD<CustomerTable> tables, List<LoyaltyModel> models, LoyaltyModel naive) {
        List<LoyaltyModel> all = new ArrayList<>(models);
        all.add(naive);
        return tables.map(table -> {
            FollowUp whole = FollowUp.of(table);
            return all.stream().map(model -> ExposureCounts.of(table, model.columns(), model.followUp(table, whole))).toList();
        }).reduce((a, b) -> {
            List<ExposureCounts> sum = new ArrayList<>(a.size());
            for (int m = 0; m < a.size(); m++) {
                sum.add(a.get(m).plus(b.get(m)));
            }
            return sum;
        });
    }

    /** Keeps the terms the model can estimate, then fits it on every range's rows. */
    private static void fit(JavaRDD<CustomerTable> tables, LoyaltyModel model, ExposureCounts counts, Path out) throws IOException {
        LoyaltyModel fitted = model.fitted(counts);
        write(out, model, fitted.terms(), counts, tables.flatMap(
                table -> CoxRow.of(fitted.rows(table, fitted.followUp(table, FollowUp.of(table)))).iterator()));
    }

    /** The counts of the model's terms, then its fit on {@code terms}, or the reason it was refused. */
    private static void write(Path out, LoyaltyModel model, List<String> terms, ExposureCounts counts, JavaRDD<CoxRow> rows)
            throws IOException {
        String id = model.id();
        writeCounts(out, model, counts);
        if (counts.departures() == 0 || terms.isEmpty()) {
            CoxReply.writeRefusal(out, id, counts.departures() == 0 ? "no customer has churned yet" : "no term is estimable");
            return;
        }
        try {
            CoxResult result = DistributedCox.fit(rows, terms, Ties.EFRON);
            CoxReply.write(out, id, result);
        }
        catch (ModelFitException | IllegalArgumentException e) {
            CoxReply.writeRefusal(out, id, e.getMessage());
        }
    }

    /** The customers and departures the model follows, and each of its terms' exposed customers and those who left. */
    private static void writeCounts(Path out, LoyaltyModel model, ExposureCounts counts) throws IOException {
        Properties text = new Properties();
        text.setProperty(JobExchange.CUSTOMERS, Integer.toString(counts.customers()));
        text.setProperty(JobExchange.DEPARTURES, Integer.toString(counts.departures()));
        for (int c = 0; c < model.terms().size(); c++) {
            text.setProperty(JobExchange.EXPOSED + model.terms().get(c), Integer.toString(counts.exposed()[c]));
            text.setProperty(JobExchange.EXPOSED_CHURNED + model.terms().get(c), Integer.toString(counts.exposedChurned()[c]));
        }
        WholeFiles.write(out.resolve(model.id() + JobExchange.COUNTS), stream -> text.store(stream, "the counts of model " + model.id()));
    }

    /**
     * The value at stake's customers, counted on every range ({@code CustomerTable.unhappyAndHappy}) and added up: the
     * application prices them with its assumptions.
     */
    private static void writeValueAtStake(Path out, JavaRDD<CustomerTable> tables, List<Exposure> exposures) throws IOException {
        int[] harmful = LoyaltyModel.columns(exposures, Experience.harmful());
        int resolved = LoyaltyModel.columns(exposures, List.of(Exposure.RESOLVED))[0];
        long[] customers = tables.map(table -> table.unhappyAndHappy(harmful, resolved))
            .reduce((a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
        Properties text = new Properties();
        text.setProperty(JobExchange.UNHAPPY, Long.toString(customers[0]));
        text.setProperty(JobExchange.HAPPY, Long.toString(customers[1]));
        WholeFiles.write(out.resolve(JobExchange.VALUE_AT_STAKE), stream -> text.store(stream, "the customers of the value at stake"));
    }
}
