package fr.fidele.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export the job cannot read whole is refused by name, before any task reads it. */
class ExportedRangesTest {

    @TempDir
    Path export;

    @Test
    void anExportWithoutATableTheJobReadsIsRefusedNamingIt() throws IOException {
        Files.write(export.resolve(CaseFileExport.RANGES), List.of("0\tbetween 1 and 10", "1\tis null"));
        Files.write(export.resolve(CaseFileExport.REASONS), List.of("COMPLAINT"));
        for (RangeTable table : List.of(RangeTable.CUSTOMERS, RangeTable.ANSWERS, RangeTable.CONTACTS)) {
            Files.createDirectory(export.resolve(table.directory()));
        }

        assertThatThrownBy(() -> ExportedRanges.of(export)).isInstanceOf(IOException.class)
            .hasMessageContaining("before the job read its cases");

        Files.createDirectory(export.resolve(RangeTable.CASES.directory()));
        ExportedRanges whole = ExportedRanges.of(export);
        assertThat(whole.ranges()).extracting(Range::condition).containsExactly("between 1 and 10", "is null");
        assertThat(whole.reasonCodes()).containsExactly("COMPLAINT");
    }

    @Test
    void anExportWithoutItsListOfRangesIsNotWhole() {
        assertThatThrownBy(() -> ExportedRanges.of(export)).isInstanceOf(IOException.class)
            .hasMessageContaining("no whole export");
    }
}
