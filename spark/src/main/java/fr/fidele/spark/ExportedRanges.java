package fr.fidele.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The case file read from a Parquet export of {@link CaseFileExport}: its ranges and contact reasons as the export
 * wrote them, and each range's rows from its files. On several machines the directory must be one every worker reads
 * at the same path.
 *
 * @param directory   the export's directory
 * @param ranges      its ranges, as it lists them
 * @param reasonCodes the contact reasons in their order when it was made
 */
record ExportedRanges(String directory, List<Range> ranges, List<String> reasonCodes) implements RangeSource {

    /**
     * The export in {@code directory}: refused if its list of ranges, written last, is not there, or if a table the job
     * reads is missing (an export made before the job read it).
     */
    static ExportedRanges of(Path directory) throws IOException {
        Path list = directory.resolve(CaseFileExport.RANGES);
        if (!Files.isRegularFile(list)) {
            throw new IOException(directory + " holds no whole export of the case file (no " + CaseFileExport.RANGES + ")");
        }
        for (RangeTable table : RangeTable.values()) {
            if (!Files.isDirectory(directory.resolve(table.directory()))) {
                throw new IOException(directory + " was exported before the job read its " + table.directory()
                        + ": export the case file again");
            }
        }
        List<Range> ranges = Files.readAllLines(list).stream().map(line -> line.split("\t", 2))
            .map(f -> new Range(Integer.parseInt(f[0]), f[1])).toList();
        return new ExportedRanges(directory.toString(), ranges, Files.readAllLines(directory.resolve(CaseFileExport.REASONS)));
    }

    @Override
    public RangeRows open(Range range) {
        return new RangeRows() {
            @Override
            public ParquetRows rows(RangeTable table) throws IOException {
                return new ParquetRows(CaseFileExport.file(Path.of(directory), table, range));
            }

            @Override
            public void close() {
                // each table's file is closed by its reader
            }
        };
    }

    @Override
    public void close() {
        // nothing held on the driver
    }
}
