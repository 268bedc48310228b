package fr.fidele.stats.cli;

/** Number formatting with full precision, writing non-finite values the way R prints them. */
final class Numbers {

    private Numbers() {
    }

    /** Shortest decimal that reads back to the same double; NaN as {@code NA}, infinities as {@code Inf}. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    /** A level of a numeric column as R's {@code as.character} writes it (integers without a decimal point). */
    static String level(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
