package fr.fidele.stats.survival;

/**
 * The sum of the logarithms of many positive values, one logarithm per dozens of values: they are multiplied together
 * and the product's logarithm taken once it leaves [1e-200, 1e200]. On ten million event times the logarithm costs as
 * much as the rest of a time's terms. A value is within [1e-100, 1e100] to join the product, so the product stays
 * within [1e-300, 1e300] and nothing overflows; a value out of that range (or not positive) goes through
 * {@link Math#log} at once.
 */
final class LogProduct {

    private double sum;
    private double product = 1;

    void multiply(double value) {
        if (value > 1e-100 && value < 1e100) {
            product *= value;
            if (product > 1e200 || product < 1e-200) {
                sum += Math.log(product);
                product = 1;
            }
        } else {
            sum += Math.log(value);
        }
    }

    /** The sum of the logarithms of the values multiplied since the last call. */
    double drain() {
        double logarithm = sum + Math.log(product);
        sum = 0;
        product = 1;
        return logarithm;
    }
}
