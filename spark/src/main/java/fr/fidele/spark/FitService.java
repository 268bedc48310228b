package fr.fidele.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.exchange.CoxRequest;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.ModelFitException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapreduce.lib.input.FixedLengthInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The loyalty models' Cox fits for a Fidèle application, as a Spark application that it starts with
 * {@code spark-submit} when a cluster is configured and keeps for as long as it runs:
 * <pre>
 * FitService EXCHANGE_DIR [CONCURRENT_FITS]
 * </pre>
 * Each {@code ID.request} that appears in the directory is fitted with {@link DistributedCox} — its rows read by the
 * workers from {@code ID.rows}, split on record boundaries — and answered in {@code ID.reply}. A model the fit refuses
 * is answered with the reason; an engine failure with the error. {@code service.ready} says the service has its
 * executors' context. The service stops when its standard input ends: the application that started it closed it or
 * died, so that no service outlives its application (a kill -9 included).
 */
public final class FitService {

    static final String READY = "service.ready";
    private static final long POLL_MILLIS = 50;

    private FitService() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FitService EXCHANGE_DIR [CONCURRENT_FITS]");
            System.exit(2);
        }
        Path exchange = Path.of(args[0]);
        int concurrent = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        AtomicBoolean open = new AtomicBoolean(true);
        Thread watch = new Thread(() -> {
            untilEndOf(System.in);
            open.set(false);
        }, "fit-service-stdin");
        watch.setDaemon(true);
        watch.start();
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("fidele-loyalty-fits"))) {
            Path ready = exchange.resolve(READY + ".partial");
            Files.writeString(ready, spark.master());
            Files.move(ready, exchange.resolve(READY), StandardCopyOption.ATOMIC_MOVE);
            serve(spark, exchange, concurrent, open::get);
        }
    }

    /** Fits every request that appears, {@code concurrent} at a time, for as long as {@code open} says. */
    static void serve(JavaSparkContext spark, Path exchange, int concurrent, BooleanSupplier open) throws IOException {
        ExecutorService fits = Executors.newFixedThreadPool(concurrent);
        Set<String> taken = new HashSet<>();
        try {
            while (open.getAsBoolean()) {
                Set<String> present = new HashSet<>();
                try (DirectoryStream<Path> requests = Files.newDirectoryStream(exchange, "*" + CoxRequest.SUFFIX)) {
                    for (Path request : requests) {
                        present.add(request.getFileName().toString());
                        if (taken.add(request.getFileName().toString())) {
                            fits.submit(() -> answer(spark, exchange, request));
                        }
                    }
                }
                taken.retainAll(present); // the application removes a request once answered: forget it too
                pause();
            }
        }
        finally {
            fits.shutdownNow();
            awaitQuietly(fits);
        }
    }

    /** Fits one request and writes its reply, whatever happens. */
    static void answer(JavaSparkContext spark, Path exchange, Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - CoxRequest.SUFFIX.length());
        try {
            CoxRequest request = CoxRequest.read(file);
            JavaRDD<CoxRow> rows = records(spark, request.rowsFile(exchange), request.recordLength());
            CoxResult result;
            try {
                result = DistributedCox.fit(rows, request.terms(), request.ties());
            }
            catch (ModelFitException | IllegalArgumentException e) {
                CoxReply.writeRefusal(exchange, id, e.getMessage());
                return;
            }
            CoxReply.write(exchange, id, result);
        }
        catch (Exception e) { // Spark's own failures are checked exceptions Java does not see declared
            try {
                CoxReply.writeFailure(exchange, id, e.toString());
            }
            catch (IOException unwritable) {
                e.addSuppressed(unwritable);
                e.printStackTrace();
            }
        }
    }

    /**
     * The rows of {@code file}, split by the workers on record boundaries. Not {@code binaryRecords}: it sets the
     * record length in the context's shared configuration, which fits running side by side would overwrite.
     */
    static JavaRDD<CoxRow> records(JavaSparkContext spark, Path file, int recordLength) {
        Configuration own = new Configuration(spark.hadoopConfiguration());
        FixedLengthInputFormat.setRecordLength(own, recordLength);
        return spark.newAPIHadoopFile(file.toUri().toString(), FixedLengthInputFormat.class, LongWritable.class,
                BytesWritable.class, own).values().map(record -> CoxRow.ofRecord(record.copyBytes()));
    }

    /** Returns when {@code in} ends: the application that holds its other end is gone, even killed with -9. */
    static void untilEndOf(InputStream in) {
        try {
            while (in.read() >= 0) {
                // nothing is sent: the stream only says, by ending, that the application is gone
            }
        }
        catch (IOException e) {
            // a broken pipe is an end too
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(ExecutorService fits) {
        try {
            fits.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
