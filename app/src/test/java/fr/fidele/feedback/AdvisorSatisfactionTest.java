package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import fr.fidele.feedback.AdvisorSatisfaction.Satisfaction;
import org.junit.jupiter.api.Test;

/**
 * The advisors' shrunk satisfaction against values computed apart in Python from the stated method: service share
 * p0 = Σs/Σn, spread τ² = mean over advisors of (p̂ − p0)² − p0(1 − p0)/n, prior strength m = p0(1 − p0)/τ² − 1,
 * posterior Beta(s + m·p0, n − s + m(1 − p0)), interval its mean ± 1.96 sd, clipped to [0, 100].
 */
class AdvisorSatisfactionTest {

	@Test
	void fewAnswersAreDrawnTowardTheServiceMoreThanMany() {
		Map<Long, Satisfaction> shrunk = AdvisorSatisfaction.shrunk(new long[] { 1, 2, 3 }, new long[] { 40, 60, 10 }, new long[] { 36, 30, 9 });

		assertSatisfaction(shrunk.get(1L), 90.0, 87.28997516228006, 77.73409895204189, 96.84585137251823);
		assertSatisfaction(shrunk.get(2L), 50.0, 51.570597030091, 39.57481244387723, 63.56638161630478);
		assertSatisfaction(shrunk.get(3L), 90.0, 82.10267015388358, 63.70284516407527, 100);
		assertThat(shrunk.get(1L).enough()).isTrue();
		assertThat(shrunk.get(3L).enough()).as("10 answers: listed, never ranked").isFalse();
		assertThat(90.0 - shrunk.get(3L).shrunk()).as("ten answers move further toward the service than forty")
			.isGreaterThan(90.0 - shrunk.get(1L).shrunk());
	}

	@Test
	void noAnswersNoFigures() {
		assertThat(AdvisorSatisfaction.shrunk(new long[0], new long[0], new long[0])).isEmpty();
	}

	private static void assertSatisfaction(Satisfaction s, double raw, double shrunk, double lower, double upper) {
		assertThat(s.raw()).isCloseTo(raw, within(1e-9));
		assertThat(s.shrunk()).isCloseTo(shrunk, within(1e-9));
		assertThat(s.lower()).isCloseTo(lower, within(1e-9));
		assertThat(s.upper()).isCloseTo(upper, within(1e-9));
	}
}
