package fr.fidele.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.Ties;
import fr.fidele.stats.survival.TimeFix;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Cox model fitted on Spark (local mode, two cores, the rows in several partitions) against the in-process fit
 * of the {@code stats} module on the same rows: every coefficient, variance, hazard-ratio interval, likelihood and
 * count equal within 1e-9 relative — on real data (R's {@code heart} transplant data in counting-process form, IBM's
 * telco churn stratified by contract, near-tied times) and on simulated companies of several sizes.
 */
class DistributedCoxTest {

    private static final Path DATASETS = Path.of("..", "stats", "src", "test", "resources", "datasets");
    private static final double RELATIVE = 1e-9;
    /** The covariates of {@link #simulated}. */
    static final List<String> TERMS = List.of("resolved", "waited", "value");

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("fidele-distributed-cox")
            .set("spark.ui.enabled", "false").set("spark.default.parallelism", "4"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void heartTransplantsInCountingProcessForm() throws IOException {
        List<CoxRow> rows = new ArrayList<>();
        for (String[] f : csv(DATASETS.resolve("heart.csv"))) {
            rows.add(new CoxRow(number(f[0]), number(f[1]), number(f[2]) == 1, 0,
                    new double[] {number(f[3]), number(f[4]), number(f[5]), number(f[6])}));
        }
        assertSameFit(spark, rows, List.of("age", "year", "surgery", "transplant"), Ties.EFRON);
    }

    @Test
    void telcoChurnStratifiedByContract() throws IOException {
        List<String> contracts = List.of("Month-to-month", "One year", "Two year");
        List<CoxRow> rows = new ArrayList<>();
        for (String[] f : csv(DATASETS.resolve("telco-churn.csv"))) {
            double fibre = f[8].equals("Fiber optic") ? 1 : 0;
            rows.add(new CoxRow(Double.NEGATIVE_INFINITY, number(f[5]), f[20].equals("Yes"), contracts.indexOf(f[15]),
                    new double[] {number(f[2]), fibre, number(f[18])}));
        }
        assertSameFit(spark, rows, List.of("SeniorCitizen", "fibre", "MonthlyCharges"), Ties.EFRON);
        assertSameFit(spark, rows, List.of("SeniorCitizen", "fibre", "MonthlyCharges"), Ties.BRESLOW);
    }

    @Test
    void nearTiedTimesAreMergedAsInProcess() throws IOException {
        List<CoxRow> rows = new ArrayList<>();
        for (String[] f : csv(DATASETS.resolve("near-ties.csv"))) {
            rows.add(new CoxRow(number(f[1]), number(f[0]), number(f[2]) == 1, 0, new double[] {number(f[5]), number(f[6])}));
        }
        assertSameFit(spark, rows, List.of("x1", "x2"), Ties.EFRON);
    }

    @Test
    void aParquetTablesCovariatesAreItsDoubleColumnsOtherThanTimesAndStratum() {
        SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
        StructType schema = new StructType().add("id", DataTypes.LongType).add("stop", DataTypes.DoubleType)
            .add("event", DataTypes.BooleanType).add("channel", DataTypes.StringType).add("waited", DataTypes.DoubleType)
            .add("stratum", DataTypes.IntegerType).add("value", DataTypes.DoubleType);
        Dataset<Row> table = session.createDataFrame(List.of(RowFactory.create(1L, 30.0, true, "PHONE", 2.5, 1, 40.0)), schema);

        assertThat(CoxJob.covariates(table)).containsExactly("waited", "value");
        CoxRow row = CoxJob.rows(table, CoxJob.covariates(table)).first();
        assertThat(row.stop()).isEqualTo(30.0);
        assertThat(row.event()).isTrue();
        assertThat(row.stratum()).isEqualTo(1);
        assertThat(row.x()).containsExactly(2.5, 40.0);
        assertThat(row.entered()).isFalse();
    }

    @ParameterizedTest(name = "{0} customers, {1} strata, times in days {2}, counting process {3}, {4}")
    @CsvSource({"2000, 1, true, false, EFRON", "60000, 1, true, false, EFRON", "20000, 3, false, false, BRESLOW",
            "30000, 2, true, true, EFRON"})
    void simulatedCompaniesOfSeveralSizes(int customers, int strata, boolean days, boolean countingProcess, Ties ties) {
        assertSameFit(spark, simulated(customers, strata, days, countingProcess), TERMS, ties);
    }

    /**
     * Rows entering at any instant (an exposure switching on inside a day), leaving on whole days: the sums are kept by
     * event day, not by entry instant, and the fit is still the in-process one.
     */
    @Test
    void rowsEnteringAtAnyInstantAreSummedByEventDay() {
        SplittableRandom random = new SplittableRandom(5);
        List<CoxRow> rows = new ArrayList<>();
        for (CoxRow row : simulated(20000, 2, true, false)) {
            double cut = row.stop() * (0.05 + 0.9 * random.nextDouble());
            rows.add(new CoxRow(0, cut, false, row.stratum(), row.x()));
            rows.add(new CoxRow(cut, row.stop(), row.event(), row.stratum(),
                    new double[] {row.x()[0], row.x()[1] / 2, row.x()[2]}));
        }
        JavaRDD<CoxRow> parallel = spark.parallelize(rows, 6);
        TimeScale scale = TimeScale.of(parallel, TimeFix.ON);
        long eventDays = rows.stream().filter(CoxRow::event).map(row -> row.stratum() + "@" + row.stop()).distinct().count();

        assertThat(scale.slots()).as("distinct times").isGreaterThan(20000);
        assertThat(EventTimes.of(parallel, scale, 2).size()).isEqualTo(eventDays).isLessThan(2 * 1096);
        assertSameFit(spark, rows, TERMS, Ties.EFRON);
    }

    /**
     * Indicator covariates, as the loyalty models have: a partition's rows are counted by event times and covariate
     * vector before the Newton steps (far fewer groups than rows), and the fit is still the in-process one.
     */
    @Test
    void rowsWithIndicatorCovariatesAreCountedAndFittedAsInProcess() {
        SplittableRandom random = new SplittableRandom(11);
        List<CoxRow> rows = new ArrayList<>();
        for (CoxRow row : simulated(40000, 3, true, true)) {
            rows.add(new CoxRow(row.start(), row.stop(), row.event(), row.stratum(), new double[] {row.x()[0],
                    row.x()[1] > 2.5 ? 1 : 0, random.nextDouble() < 0.3 ? 1 : 0}));
        }
        JavaRDD<CoxRow> parallel = spark.parallelize(rows, 1);
        TimeScale scale = TimeScale.of(parallel, TimeFix.ON);
        CountedRows counted = CountedRows.of(rows.iterator(), scale, EventTimes.of(parallel, scale, 3));

        assertThat(counted.size).isLessThan(rows.size() / 4);
        assertThat(Arrays.stream(counted.exits).sum()).isLessThanOrEqualTo(rows.size()).isGreaterThan(rows.size() / 2);
        assertSameFit(spark, rows, TERMS, Ties.EFRON);
    }

    /**
     * Past the vectors counted in a partition, rows of a new vector are kept one by one, and those of a vector counted
     * still join its group: the fit is the same.
     */
    @Test
    void aPartitionWithMoreDistinctVectorsThanCountedKeepsTheRestOneByOne() {
        List<CoxRow> rows = simulated(70000, 2, true, false);
        rows.addAll(rows.subList(0, 5000)); // vectors seen before the limit, met again after it
        JavaRDD<CoxRow> one = spark.parallelize(rows, 1);
        TimeScale scale = TimeScale.of(one, TimeFix.ON);
        CountedRows counted = CountedRows.of(rows.iterator(), scale, EventTimes.of(one, scale, 2));

        assertThat(counted.size).as("groups").isGreaterThan(65_536);
        assertThat(Arrays.stream(counted.exits).sum()).as("rows").isGreaterThan(counted.size);
        assertSameFit(DistributedCox.fit(one, TERMS, Ties.EFRON), CoxModel.fit(coxData(rows, TERMS), Ties.EFRON));
    }

    /** Fits {@code rows} on {@code cluster} and in process, and holds every figure of the two equal. */
    static void assertSameFit(JavaSparkContext cluster, List<CoxRow> rows, List<String> terms, Ties ties) {
        assertSameFit(DistributedCox.fit(cluster.parallelize(rows, 6), terms, ties), CoxModel.fit(coxData(rows, terms), ties));
    }

    /** Holds every figure of a model fitted on a cluster equal to the in-process one's. */
    static void assertSameFit(CoxResult distributed, CoxResult inProcess) {
        List<String> terms = inProcess.terms();
        assertThat(distributed.terms()).isEqualTo(terms);
        assertThat(distributed.subjects()).isEqualTo(inProcess.subjects());
        assertThat(distributed.events()).isEqualTo(inProcess.events());
        assertThat(distributed.iterations()).isEqualTo(inProcess.iterations());
        assertClose("log-likelihood", distributed.logLikelihood(), inProcess.logLikelihood());
        assertClose("null log-likelihood", distributed.logLikelihoodNull(), inProcess.logLikelihoodNull());
        assertClose("score test", distributed.scoreTest(), inProcess.scoreTest());
        for (int i = 0; i < terms.size(); i++) {
            assertClose(terms.get(i), distributed.coefficients()[i], inProcess.coefficients()[i]);
            assertClose(terms.get(i) + " lower 95%", distributed.hazardRatioLower(i, 0.95), inProcess.hazardRatioLower(i, 0.95));
            assertClose(terms.get(i) + " upper 95%", distributed.hazardRatioUpper(i, 0.95), inProcess.hazardRatioUpper(i, 0.95));
            for (int j = 0; j < terms.size(); j++) {
                assertClose("variance " + i + "," + j, distributed.variance()[i][j], inProcess.variance()[i][j]);
            }
        }
    }

    private static void assertClose(String what, double actual, double expected) {
        assertThat(Math.abs(actual - expected)).as("%s: %s against %s in process", what, actual, expected)
            .isLessThanOrEqualTo(RELATIVE * Math.abs(expected));
    }

    static CoxData coxData(List<CoxRow> rows, List<String> terms) {
        int n = rows.size();
        boolean entered = rows.stream().anyMatch(CoxRow::entered);
        int strata = rows.stream().mapToInt(CoxRow::stratum).max().orElse(0) + 1;
        double[] start = entered ? new double[n] : null;
        double[] stop = new double[n];
        boolean[] event = new boolean[n];
        int[] stratum = strata > 1 ? new int[n] : null;
        double[][] x = new double[terms.size()][n];
        for (int r = 0; r < n; r++) {
            CoxRow row = rows.get(r);
            if (entered) {
                start[r] = row.start();
            }
            stop[r] = row.stop();
            event[r] = row.event();
            if (stratum != null) {
                stratum[r] = row.stratum();
            }
            for (int j = 0; j < terms.size(); j++) {
                x[j][r] = row.x()[j];
            }
        }
        return new CoxData(start, stop, event, stratum, strata, x, terms);
    }

    /**
     * Customers followed for up to three years: a resolved first contact keeps them, a long wait and a low value
     * lose them. In counting-process form, the wait changes half-way through each customer's follow-up.
     */
    static List<CoxRow> simulated(int customers, int strata, boolean days, boolean countingProcess) {
        SplittableRandom random = new SplittableRandom(customers + 17L * strata);
        List<CoxRow> rows = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            double resolved = random.nextDouble() < 0.6 ? 1 : 0;
            double waited = random.nextDouble() * 10;
            double value = 20 + random.nextDouble() * 80;
            int segment = random.nextInt(strata);
            double hazard = 0.001 * Math.exp(-0.16 * resolved + 0.03 * waited - 0.004 * value + 0.2 * segment);
            double departure = -Math.log(1 - random.nextDouble()) / hazard;
            double end = Math.min(departure, 1095 * random.nextDouble());
            double stop = days ? Math.max(1, Math.ceil(end)) : end;
            boolean left = departure <= end;
            if (countingProcess && stop >= 2) {
                double cut = days ? Math.floor(stop / 2) : stop / 2;
                rows.add(new CoxRow(0, cut, false, segment, new double[] {resolved, waited, value}));
                rows.add(new CoxRow(cut, stop, left, segment, new double[] {resolved, waited / 2, value}));
            } else {
                rows.add(new CoxRow(countingProcess ? 0 : Double.NEGATIVE_INFINITY, stop, left, segment,
                        new double[] {resolved, waited, value}));
            }
        }
        return rows;
    }

    /** The rows of a CSV file without quoted commas, its header left out and its quotes removed. */
    private static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> line.replace("\"", "").split(",", -1)).toList();
    }

    private static double number(String field) {
        return Double.parseDouble(field.trim());
    }
}
