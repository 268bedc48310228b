package fr.fidele.stats.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rows of a CSV table that are complete in the columns a command uses (R's {@code na.omit}: a value is missing
 * when it is empty, blank or {@code NA}), with conversions of columns to times, events, factors and covariates.
 */
final class Dataset {

    private final CsvTable table;
    private final int[] rows;

    Dataset(CsvTable table, List<String> usedColumns) {
        this.table = table;
        List<List<String>> used = usedColumns.stream().filter(Objects::nonNull).map(table::column).toList();
        int[] complete = new int[table.rowCount()];
        int count = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            boolean ok = true;
            for (List<String> column : used) {
                ok &= !isMissing(column.get(row));
            }
            if (ok) {
                complete[count++] = row;
            }
        }
        if (count == 0) {
            throw new UsageException("no complete rows in the columns " + usedColumns);
        }
        this.rows = Arrays.copyOf(complete, count);
    }

    static boolean isMissing(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() || trimmed.equals("NA");
    }

    int size() {
        return rows.length;
    }

    /** A numeric column; a non-numeric value is a usage error. */
    double[] numbers(String column) {
        List<String> values = table.column(column);
        double[] result = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String text = values.get(rows[i]).trim();
            if (!Numbers.isNumber(text)) {
                throw new UsageException("column '" + column + "' is not numeric: '" + text + "'");
            }
            result[i] = Double.parseDouble(text);
        }
        return result;
    }

    /** Event indicator: value equal to {@code eventValue}, or else 1/0, TRUE/FALSE. */
    boolean[] events(String column, String eventValue) {
        List<String> values = table.column(column);
        boolean[] result = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String text = values.get(rows[i]).trim();
            result[i] = eventValue == null ? eventFlag(column, text) : sameValue(text, eventValue);
        }
        return result;
    }

    private static boolean sameValue(String text, String expected) {
        if (text.equals(expected)) {
            return true;
        }
        return Numbers.isNumber(text) && Numbers.isNumber(expected)
                && Double.parseDouble(text) == Double.parseDouble(expected);
    }

    private static boolean eventFlag(String column, String text) {
        if (text.equalsIgnoreCase("TRUE") || text.equals("1") || text.equals("1.0")) {
            return true;
        }
        if (text.equalsIgnoreCase("FALSE") || text.equals("0") || text.equals("0.0")) {
            return false;
        }
        throw new UsageException("event column '" + column + "' must be 1/0 or TRUE/FALSE (or use --event-value): '"
                + text + "'");
    }

    /** True when every value of the column (in the complete rows) is a number. */
    boolean isNumeric(String column) {
        List<String> values = table.column(column);
        for (int row : rows) {
            if (!Numbers.isNumber(values.get(row).trim())) {
                return false;
            }
        }
        return true;
    }

    /** A column as a factor: levels in sorted order (numeric order for numbers), codes per row. */
    Factor factor(String column) {
        List<String> values = table.column(column);
        boolean numeric = isNumeric(column);
        Comparator<String> order = numeric ? Comparator.comparingDouble(s -> Double.parseDouble(s.trim()))
                : Comparator.naturalOrder();
        TreeSet<String> distinct = new TreeSet<>(order);
        for (int row : rows) {
            distinct.add(values.get(row));
        }
        List<String> levels = new ArrayList<>(distinct);
        TreeMap<String, Integer> codeOf = new TreeMap<>(order);
        for (String level : levels) {
            codeOf.put(level, codeOf.size());
        }
        int[] codes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            codes[i] = codeOf.get(values.get(rows[i]));
        }
        List<String> labels = numeric
                ? levels.stream().map(s -> Numbers.level(Double.parseDouble(s.trim()))).toList()
                : levels;
        return new Factor(column, labels, codes);
    }

    /** A factor: level labels in sorted order and the level code of each row. */
    record Factor(String column, List<String> levels, int[] codes) {

        /** R's stratum labels, {@code column=level}. */
        List<String> strataLabels() {
            return levels.stream().map(level -> column + "=" + level).toList();
        }
    }
}
