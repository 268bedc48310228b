package fr.fidele.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import fr.fidele.casefile.CopyRows;
import fr.fidele.casefile.JobExchange;
import fr.fidele.stats.exchange.WholeFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The case file exported as Parquet files, for {@code spark-submit}:
 * <pre>
 * CaseFileExport JDBC_URL OUT_DIR [RANGES]
 * </pre>
 * ({@code -} for the URL: read from {@value JobExchange#URL_VARIABLE}). Each task copies one range of customers
 * — the rows the loyalty job reads of it ({@link RangeTable}: its customers, its contacts' survey answers, its
 * contacts), as the database gives them in one snapshot — into a file per table, column for column
 * ({@link ParquetCopy}). The list of ranges ({@value #RANGES}) and the contact reasons ({@value #REASONS}) are written
 * last: their presence means the export is whole. {@code LoyaltyModelsJob} reads such a directory in place of the
 * database, with the same results: figures can be computed again, or on another cluster, without the database.
 */
public final class CaseFileExport {

    static final String RANGES = "ranges.tsv";
    static final String REASONS = "reasons.txt";

    private CaseFileExport() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 2) {
            System.err.println("usage: CaseFileExport JDBC_URL OUT_DIR [RANGES]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        // an export made again in the same place is not whole until its list is written again
        Files.deleteIfExists(out.resolve(RANGES));
        Files.deleteIfExists(out.resolve(REASONS));
        try (SparkSession spark = SparkSession.builder().appName("fidele-case-file-export").getOrCreate()) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int count = args.length > 2 ? Integer.parseInt(args[2]) : 4 * context.defaultParallelism();
            long started = System.nanoTime();
            try (DatabaseRanges database = DatabaseRanges.of(DatabaseRanges.url(args[0], JobExchange.URL_VARIABLE), count)) {
                for (RangeTable table : RangeTable.values()) {
                    Files.createDirectories(out.resolve(table.directory()));
                }
                String directory = out.toString();
                List<Range> ranges = database.ranges();
                context.parallelize(ranges, ranges.size()).foreach(range -> export(database, range, Path.of(directory)));
                String reasons = database.reasonCodes().stream().map(code -> code + "\n").collect(Collectors.joining());
                WholeFiles.write(out.resolve(REASONS), stream -> stream.write(reasons.getBytes(StandardCharsets.UTF_8)));
                StringBuilder list = new StringBuilder();
                ranges.forEach(range -> list.append(range.index()).append('\t').append(range.condition()).append('\n'));
                WholeFiles.write(out.resolve(RANGES), stream -> stream.write(list.toString().getBytes(StandardCharsets.UTF_8)));
            }
            System.out.printf("ranges=%d seconds=%.3f%n", count + 1, (System.nanoTime() - started) / 1e9);
        }
    }

    /** The file of {@code table}'s rows of {@code range} in the export at {@code out}. */
    static Path file(Path out, RangeTable table, Range range) {
        return out.resolve(table.directory()).resolve(String.format("range-%05d.parquet", range.index()));
    }

    private static void export(DatabaseRanges database, Range range, Path out) throws SQLException, IOException {
        try (DatabaseRanges.Rows rows = database.open(range)) {
            for (RangeTable table : RangeTable.values()) {
                List<String> types = rows.columnTypes(table);
                try (CopyRows copy = rows.rows(table)) {
                    ParquetCopy.write(file(out, table, range), types, copy);
                }
            }
        }
    }
}
