package fr.fidele.stats.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with a header, held column by column as strings. Fields may be quoted with {@code "}, with {@code ""}
 * for a quote inside a quoted field; quoted fields may contain commas.
 */
final class CsvTable {

    private final List<String> header;
    private final List<List<String>> columns;

    private CsvTable(List<String> header, List<List<String>> columns) {
        this.header = header;
        this.columns = columns;
    }

    /** Reads a file; throws {@link UsageException} when it is empty or a row has the wrong number of fields. */
    static CsvTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new UsageException("empty file: " + file);
        }
        List<String> header = parseLine(stripBom(lines.get(0)));
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(new ArrayList<>(lines.size()));
        }
        for (int l = 1; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = parseLine(line);
            if (fields.size() != header.size()) {
                throw new UsageException("line " + (l + 1) + " of " + file + " has " + fields.size()
                        + " fields, the header has " + header.size());
            }
            for (int c = 0; c < fields.size(); c++) {
                columns.get(c).add(fields.get(c));
            }
        }
        if (columns.get(0).isEmpty()) {
            throw new UsageException("no data rows in " + file);
        }
        return new CsvTable(header, columns);
    }

    /** Number of data rows. */
    int rowCount() {
        return columns.get(0).size();
    }

    /** Values of a column; throws {@link UsageException} for an unknown column. */
    List<String> column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new UsageException("unknown column '" + name + "' (columns: " + String.join(", ", header) + ")");
        }
        return columns.get(index);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static List<String> parseLine(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
