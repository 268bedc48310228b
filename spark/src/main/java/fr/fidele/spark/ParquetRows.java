package fr.fidele.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import fr.fidele.casefile.CopyRows;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * The rows of a Parquet file of {@link CaseFileExport}, read as the binary COPY they were copied from: one typed read
 * per field, in the columns' order; an absent value is the COPY's null.
 */
final class ParquetRows implements CopyRows {

    private final ParquetReader<Group> reader;
    /** The same String for the same text of a symbol, as the COPY reader gives it. */
    private final Map<String, String> symbols = new HashMap<>();
    private Group row;
    private int field;

    ParquetRows(Path file) throws IOException {
        reader = ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri()))
            .withConf(new Configuration()).build();
    }

    @Override
    public boolean next() {
        try {
            row = reader.read();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        field = 0;
        return row != null;
    }

    @Override
    public long int8(long ifNull) {
        int f = field++;
        return present(f) ? row.getLong(f, 0) : ifNull;
    }

    @Override
    public int int4(int ifNull) {
        int f = field++;
        return present(f) ? row.getInteger(f, 0) : ifNull;
    }

    @Override
    public long timestamp(long ifNull) {
        return int8(ifNull);
    }

    @Override
    public double float8(double ifNull) {
        int f = field++;
        return present(f) ? row.getDouble(f, 0) : ifNull;
    }

    @Override
    public String symbol() {
        String text = text();
        return text == null ? null : symbols.computeIfAbsent(text, t -> t);
    }

    @Override
    public boolean bool() {
        Boolean value = nullableBool();
        return value != null && value;
    }

    @Override
    public Boolean nullableBool() {
        int f = field++;
        return present(f) ? row.getBoolean(f, 0) : null;
    }

    @Override
    public String text() {
        int f = field++;
        return present(f) ? row.getString(f, 0) : null;
    }

    @Override
    public void close() {
        try {
            reader.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean present(int f) {
        return row.getFieldRepetitionCount(f) > 0;
    }
}
