package fr.fidele.stats.exchange;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.Ties;

/**
 * A Cox fit asked of another process: {@code ID.rows} holds one fixed-length record per row — start (negative
 * infinity when right-censored), stop, event (1 or 0), stratum, then each covariate, all big-endian doubles, so that
 * a cluster can split the file anywhere on a record boundary — and {@code ID.request} says how to read them. The
 * request is written last and moved into place whole: its presence means the rows are complete.
 *
 * @param id          the name both files share
 * @param terms       the covariates' names, in the records' order
 * @param strataCount the number of strata (1 without)
 * @param ties        how tied event times are handled
 * @param rows        the number of records
 */
public record CoxRequest(String id, List<String> terms, int strataCount, Ties ties, long rows) {

    public static final String SUFFIX = ".request";
    public static final String ROWS_SUFFIX = ".rows";
    private static final int FIXED = 4;

    public CoxRequest {
        terms = List.copyOf(terms);
    }

    /** Writes {@code data}'s rows, then the request naming them. */
    public static CoxRequest write(Path directory, String id, CoxData data, Ties ties) throws IOException {
        CoxRequest request = new CoxRequest(id, data.terms(), data.strataCount(), ties, data.size());
        Path rows = request.rowsFile(directory);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(rows), 1 << 16))) {
            for (int i = 0; i < data.size(); i++) {
                out.writeDouble(data.start() == null ? Double.NEGATIVE_INFINITY : data.start()[i]);
                out.writeDouble(data.stop()[i]);
                out.writeDouble(data.event()[i] ? 1 : 0);
                out.writeDouble(data.stratum() == null ? 0 : data.stratum()[i]);
                for (double[] column : data.covariates()) {
                    out.writeDouble(column[i]);
                }
            }
        }
        Properties text = new Properties();
        text.setProperty("terms", String.join("\t", request.terms));
        text.setProperty("strata", Integer.toString(request.strataCount));
        text.setProperty("ties", ties.name());
        text.setProperty("rows", Long.toString(request.rows));
        WholeFiles.write(directory.resolve(id + SUFFIX), out -> text.store(out, "a Cox fit asked"));
        return request;
    }

    /** Reads the request of {@code file} ({@code ID.request}). */
    public static CoxRequest read(Path file) throws IOException {
        Properties text = WholeFiles.read(file);
        String name = file.getFileName().toString();
        return new CoxRequest(name.substring(0, name.length() - SUFFIX.length()),
                Arrays.asList(text.getProperty("terms").split("\t")), Integer.parseInt(text.getProperty("strata")),
                Ties.valueOf(text.getProperty("ties")), Long.parseLong(text.getProperty("rows")));
    }

    /** The file of the rows, beside the request. */
    public Path rowsFile(Path directory) {
        return directory.resolve(id + ROWS_SUFFIX);
    }

    /** The length in bytes of one row's record. */
    public int recordLength() {
        return Double.BYTES * (FIXED + terms.size());
    }

    /**
     * One record's values in their order: start, stop, event, stratum, then the covariates. A start of negative
     * infinity means the row is at risk from the beginning (right-censored data).
     */
    public static double[] decode(byte[] record) {
        ByteBuffer buffer = ByteBuffer.wrap(record);
        double[] values = new double[record.length / Double.BYTES];
        for (int k = 0; k < values.length; k++) {
            values[k] = buffer.getDouble();
        }
        return values;
    }
}
