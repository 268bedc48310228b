package fr.fidele.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import fr.fidele.casefile.CopyRows;
import fr.fidele.stats.exchange.WholeFiles;
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

    /** How a column is read from the COPY and stored in Parquet: found once per column, not once per field. */
    private enum Column {
        INT8(PrimitiveTypeName.INT64) {
            @Override
            void copy(CopyRows rows, Group row, int c) {
                long value = rows.int8(Long.MIN_VALUE);
                if (value != Long.MIN_VALUE) {
                    row.add(c, value);
                }
            }
        },
        TIMESTAMP(PrimitiveTypeName.INT64) {
            @Override
            void copy(CopyRows rows, Group row, int c) {
                long value = rows.timestamp(Long.MIN_VALUE);
                if (value != Long.MIN_VALUE) {
                    row.add(c, value);
                }
            }
        },
        INT4(PrimitiveTypeName.INT32) {
            @Override
            void copy(CopyRows rows, Group row, int c) {
                int value = rows.int4(Integer.MIN_VALUE);
                if (value != Integer.MIN_VALUE) {
                    row.add(c, value);
                }
            }
        },
        FLOAT8(PrimitiveTypeName.DOUBLE) {
            @Override
            void copy(CopyRows rows, Group row, int c) {
                double value = rows.float8(Double.longBitsToDouble(NULL_DOUBLE));
                if (Double.doubleToRawLongBits(value) != NULL_DOUBLE) {
                    row.add(c, value);
                }
            }
        },
        BOOL(PrimitiveTypeName.BOOLEAN) {
            @Override
            void copy(CopyRows rows, Group row, int c) {
                Boolean value = rows.nullableBool();
                if (value != null) {
                    row.add(c, value);
                }
            }
        },
        TEXT(PrimitiveTypeName.BINARY) {
            @Override
            void copy(CopyRows rows, Group row, int c) {
                String value = rows.text();
                if (value != null) {
                    row.add(c, value);
                }
            }
        };

        private final PrimitiveTypeName stored;

        Column(PrimitiveTypeName stored) {
            this.stored = stored;
        }

        abstract void copy(CopyRows rows, Group row, int c);

        /** The column of PostgreSQL's {@code type}; refused for a type the case file's queries do not give. */
        static Column of(String type) {
            return switch (type) {
                case "int8" -> INT8;
                case "timestamptz", "timestamp" -> TIMESTAMP;
                case "int4" -> INT4;
                case "float8" -> FLOAT8;
                case "bool" -> BOOL;
                case "int2", "float4", "numeric", "date", "time", "timetz", "interval", "bytea", "uuid", "json", "jsonb" ->
                    throw refused(type);
                default -> {
                    if (type.startsWith("_")) {
                        throw refused(type); // an array
                    }
                    // text, and the enumerations (named by the schema that declares them) as their labels
                    yield TEXT;
                }
            };
        }
    }

    private ParquetCopy() {
    }

    /** Writes {@code rows}, whose columns are of PostgreSQL's {@code types}, to {@code file}, whole or not at all. */
    static void write(Path file, List<String> types, CopyRows rows) throws IOException {
        Column[] columns = types.stream().map(Column::of).toArray(Column[]::new);
        MessageType schema = schema(columns);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        WholeFiles.writeAt(file, partial -> {
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(partial)).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
                while (rows.next()) {
                    Group row = groups.newGroup();
                    for (int c = 0; c < columns.length; c++) {
                        columns[c].copy(rows, row, c);
                    }
                    writer.write(row);
                }
            }
        });
    }

    private static MessageType schema(Column[] columns) {
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (int c = 0; c < columns.length; c++) {
            var column = schema.optional(columns[c].stored);
            (columns[c] == Column.TEXT ? column.as(LogicalTypeAnnotation.stringType()) : column).named("c" + c);
        }
        return schema.named("rows");
    }

    private static IllegalArgumentException refused(String type) {
        return new IllegalArgumentException("a column of type " + type + " cannot be exported: the case file's queries give none");
    }
}
