package fr.fidele.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import fr.fidele.casefile.CopyRows;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Rows of a binary COPY written to a Parquet file column for column, each column optional (a null is an absent
 * value): {@code bigint} and {@code timestamptz} (microseconds since 1970, as {@link CopyRows#timestamp} reads them) as
 * 64-bit integers, {@code integer} as 32-bit, {@code double precision} as doubles, {@code boolean} as booleans, and
 * text, enumerations included, as UTF-8 strings. {@link ParquetRows} reads them back as the COPY gave them.
 */
final class ParquetCopy {

    /** A double no column holds, standing for a null one: a NaN of a payload of its own. */
    private static final long NULL_DOUBLE = 0x7ff8_0000_f1de_0001L;

    private ParquetCopy() {
    }

    /** Writes {@code rows}, whose columns are of PostgreSQL's {@code types}, to {@code file}, whole or not at all. */
    static void write(Path file, List<String> types, CopyRows rows) throws IOException {
        MessageType schema = schema(types);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(partial)).withType(schema)
            .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            while (rows.next()) {
                Group row = groups.newGroup();
                for (int c = 0; c < types.size(); c++) {
                    copy(types.get(c), rows, row, c);
                }
                writer.write(row);
            }
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(String type, CopyRows rows, Group row, int c) {
        switch (type) {
            case "int8" -> {
                long value = rows.int8(Long.MIN_VALUE);
                if (value != Long.MIN_VALUE) {
                    row.add(c, value);
                }
            }
            case "timestamptz", "timestamp" -> {
                long value = rows.timestamp(Long.MIN_VALUE);
                if (value != Long.MIN_VALUE) {
                    row.add(c, value);
                }
            }
            case "int4" -> {
                int value = rows.int4(Integer.MIN_VALUE);
                if (value != Integer.MIN_VALUE) {
                    row.add(c, value);
                }
            }
            case "float8" -> {
                double value = rows.float8(Double.longBitsToDouble(NULL_DOUBLE));
                if (Double.doubleToRawLongBits(value) != NULL_DOUBLE) {
                    row.add(c, value);
                }
            }
            case "bool" -> {
                Boolean value = rows.nullableBool();
                if (value != null) {
                    row.add(c, value);
                }
            }
            default -> {
                String value = rows.text();
                if (value != null) {
                    row.add(c, value);
                }
            }
        }
    }

    private static MessageType schema(List<String> types) {
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (int c = 0; c < types.size(); c++) {
            String name = "c" + c;
            String type = types.get(c);
            switch (type) {
                case "int8", "timestamptz", "timestamp" -> schema.optional(PrimitiveTypeName.INT64).named(name);
                case "int4" -> schema.optional(PrimitiveTypeName.INT32).named(name);
                case "float8" -> schema.optional(PrimitiveTypeName.DOUBLE).named(name);
                case "bool" -> schema.optional(PrimitiveTypeName.BOOLEAN).named(name);
                case "int2", "float4", "numeric", "date", "time", "timetz", "interval", "bytea", "uuid", "json", "jsonb" ->
                    throw refused(type);
                default -> {
                    if (type.startsWith("_")) {
                        throw refused(type); // an array
                    }
                    // text, and the enumerations (named by the schema that declares them) as their labels
                    schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
                }
            }
        }
        return schema.named("rows");
    }

    private static IllegalArgumentException refused(String type) {
        return new IllegalArgumentException("a column of type " + type + " cannot be exported: the case file's queries give none");
    }
}
