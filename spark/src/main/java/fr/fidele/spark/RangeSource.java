package fr.fidele.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Where the loyalty job reads the case file, range of customers by range: the database ({@link DatabaseRanges}), or a
 * Parquet export of the same rows ({@link ExportedRanges}). Made on the driver, which it gives the ranges and the
 * contact reasons; shipped to the executors, where each task opens its range.
 */
interface RangeSource extends Serializable, AutoCloseable {

    /** The ranges, in customer id order, the contacts of no customer last. */
    List<Range> ranges();

    /** The contact reasons in their order, as {@code Exposure.ofTheLoyaltyModels} takes them. */
    List<String> reasonCodes();

    /** The rows of {@code range}, on an executor. */
    RangeRows open(Range range) throws SQLException, IOException;

    /** Ends what the driver holds (the database's snapshot). */
    @Override
    void close() throws SQLException;

    /**
     * The source an argument names: a directory written by {@link CaseFileExport}, or the database (a JDBC URL with
     * its user and password; {@code -}: the URL in {@code urlVariable}), cut into {@code ranges} ranges of customers.
     */
    static RangeSource of(String argument, String urlVariable, int ranges) throws SQLException, IOException {
        if (!argument.equals("-") && !argument.startsWith("jdbc:") && Files.isDirectory(Path.of(argument))) {
            return ExportedRanges.of(Path.of(argument));
        }
        return DatabaseRanges.of(DatabaseRanges.url(argument, urlVariable), ranges);
    }
}
