package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The logarithms summed through a product kept in range equal the logarithms summed one by one. */
class LogProductTest {

    @Test
    void valuesInAndOutOfTheProductsRangeSumTheirLogarithms() {
        LogProduct product = new LogProduct();
        double expected = 0;
        // dozens of large then small values, so that the product leaves its range both ways; then values out of range
        double[] values = new double[120];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 60 ? 1e40 * (1 + i) : 1e-40 / (1 + i);
        }
        for (double value : values) {
            product.multiply(value);
            expected += Math.log(value);
        }
        for (double value : new double[] {1e250, 1e-250, 3.5}) {
            product.multiply(value);
            expected += Math.log(value);
        }

        assertThat(product.drain()).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-9));
        assertThat(product.drain()).as("nothing multiplied since the last call").isZero();
    }

    @Test
    void aValueThatIsNotPositiveGivesWhatItsLogarithmGives() {
        LogProduct zero = new LogProduct();
        zero.multiply(2);
        zero.multiply(0);
        LogProduct negative = new LogProduct();
        negative.multiply(-1);

        assertThat(zero.drain()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(negative.drain()).isNaN();
    }
}
