package fr.fidele.stats.measures;

import fr.fidele.stats.math.Distributions;

/**
 * The mean of answers on a scale (the customer effort score, CES 2.0, on 1–7), from the counts a database sums: the
 * number of answers, their sum and the sum of their squares. Its interval is the normal-approximation (Wald) interval
 * of a mean, mean ± z·s/√n with s the sample standard deviation (divisor n − 1): the figures show it from 30 answers,
 * where it is within a few hundredths of Student's.
 *
 * @param answers     number of answers
 * @param sum         their sum
 * @param sumOfSquares the sum of their squares
 */
public record MeanScore(long answers, double sum, double sumOfSquares) {

    /** Validates the counts. */
    public MeanScore {
        if (answers < 0 || sumOfSquares < 0) {
            throw new IllegalArgumentException("invalid mean counts");
        }
    }

    /** The answers' mean; NaN for none. */
    public double mean() {
        return answers == 0 ? Double.NaN : sum / answers;
    }

    /** The sample standard deviation (divisor n − 1); NaN below two answers. */
    public double standardDeviation() {
        if (answers < 2) {
            return Double.NaN;
        }
        double mean = mean();
        return Math.sqrt(Math.max(0, (sumOfSquares - answers * mean * mean) / (answers - 1)));
    }

    /** Lower bound of the interval at {@code level}; NaN below two answers. */
    public double lower(double level) {
        return mean() - halfWidth(level);
    }

    /** Upper bound of the interval at {@code level}; NaN below two answers. */
    public double upper(double level) {
        return mean() + halfWidth(level);
    }

    private double halfWidth(double level) {
        return Distributions.normalQuantile(1 - (1 - level) / 2) * standardDeviation() / Math.sqrt(answers);
    }
}
