package fr.fidele.stats.measures;

import fr.fidele.stats.math.Distributions;

/**
 * A share of a population, with its parts so that reports can show them, and its Wilson score interval (Wilson,
 * 1927; Newcombe, 1998, method 3: R's {@code prop.test(x, n, correct = FALSE)}), which stays inside [0, 1] and keeps
 * its coverage for the small samples and extreme shares satisfaction surveys often give.
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

    /** Lower bound of the Wilson score interval at {@code level} (for example 0.95); NaN when the denominator is 0. */
    public double lower(double level) {
        return wilson(level, -1);
    }

    /** Upper bound of the Wilson score interval at {@code level}; NaN when the denominator is 0. */
    public double upper(double level) {
        return wilson(level, 1);
    }

    private double wilson(double level, int side) {
        if (denominator == 0) {
            return Double.NaN;
        }
        double z = Distributions.normalQuantile(1 - (1 - level) / 2);
        double n = denominator;
        double p = value();
        double centre = p + z * z / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double bound = (centre + side * spread) / (1 + z * z / n);
        return Math.min(1, Math.max(0, bound));
    }
}
