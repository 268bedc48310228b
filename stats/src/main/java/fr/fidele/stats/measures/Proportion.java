package fr.fidele.stats.measures;

/**
 * A share of a population, with its parts so that reports can show them.
 *
 * @param numerator   items counted in the share
 * @param denominator items the share is taken over
 */
public record Proportion(long numerator, long denominator) {

    /** Validates the counts. */
    public Proportion {
        if (numerator < 0 || denominator < numerator) {
            throw new IllegalArgumentException("need 0 <= numerator <= denominator: " + numerator + "/" + denominator);
        }
    }

    /** The share in [0, 1]; NaN when the denominator is 0. */
    public double value() {
        return denominator == 0 ? Double.NaN : numerator / (double) denominator;
    }

    /** The share in percent. */
    public double percent() {
        return 100 * value();
    }
}
