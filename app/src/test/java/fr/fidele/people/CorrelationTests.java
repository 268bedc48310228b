package fr.fidele.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pearson's r and its Fisher interval against R: {@code cor.test(anscombe$x1, anscombe$y1)} gives r = 0.8164205, 95%
 * CI 0.4243912 to 0.9506933 (Anscombe's first data set, 1973).
 */
class CorrelationTests {

	@Test
	void equalsRsCorTestOnAnscombesFirstSet() {
		double[] x = { 10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5 };
		double[] y = { 8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68 };
		Correlation c = Correlation.of(x, y);
		assertThat(c.r()).isCloseTo(0.8164205, within(1e-7));
		assertThat(c.lower()).isCloseTo(0.4243912, within(1e-7));
		assertThat(c.upper()).isCloseTo(0.9506933, within(1e-7));
		assertThat(c.pairs()).isEqualTo(11);
	}

	@Test
	void undefinedUnderFourPairsOrWithoutSpread() {
		assertThat(Correlation.of(new double[] { 1, 2, 3 }, new double[] { 2, 4, 7 }).r()).isNaN();
		assertThat(Correlation.of(new double[] { 1, 1, 1, 1 }, new double[] { 2, 4, 7, 8 }).r()).isNaN();
	}
}
