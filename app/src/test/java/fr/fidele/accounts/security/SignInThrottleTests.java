package fr.fidele.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The waits wrong passwords impose: a few free, then doubling up to a ceiling, a lock after many, forgotten in time. */
class SignInThrottleTests {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
	private final SignInThrottle throttle = new SignInThrottle(
			new SignInProperties(3, 10, Duration.ofMinutes(15), 20, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(12),
					false));

	@Test
	void anAccountHasAFewFreeMistakesThenEachDoublesTheWait() {
		assertThat(throttle.forAccount(3, NOW, null, NOW)).isEmpty();
		assertThat(throttle.forAccount(4, NOW, null, NOW)).hasValueSatisfying(wait -> {
			assertThat(wait.until()).isEqualTo(NOW.plusSeconds(1));
			assertThat(wait.locked()).isFalse();
		});
		assertThat(throttle.forAccount(5, NOW, null, NOW).orElseThrow().until()).isEqualTo(NOW.plusSeconds(2));
		assertThat(throttle.forAccount(8, NOW, null, NOW).orElseThrow().until()).isEqualTo(NOW.plusSeconds(16));
		assertThat(throttle.forAccount(8, NOW, null, NOW.plusSeconds(16))).as("once the wait is over").isEmpty();
	}

	@Test
	void theWaitNeverPassesTheCeiling() {
		assertThat(throttle.forAccount(14, NOW, null, NOW).orElseThrow().until()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(throttle.forAccount(60, NOW, null, NOW).orElseThrow().until()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	void manyMistakesLockTheAccountForAWhile() {
		assertThat(throttle.lockAfter(9, NOW)).isEmpty();
		assertThat(throttle.lockAfter(10, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
		Instant lockedUntil = NOW.plus(Duration.ofMinutes(15));
		assertThat(throttle.forAccount(10, NOW, lockedUntil, NOW.plusSeconds(600))).hasValueSatisfying(wait -> {
			assertThat(wait.locked()).isTrue();
			assertThat(wait.until()).isEqualTo(lockedUntil);
		});
	}

	@Test
	void anAddressHasMoreFreeMistakesThanAnAccount() {
		assertThat(throttle.forAddress(20, NOW, NOW)).isEmpty();
		assertThat(throttle.forAddress(21, NOW, NOW).orElseThrow().until()).isEqualTo(NOW.plusSeconds(1));
		assertThat(throttle.forAddress(24, NOW, NOW).orElseThrow().until()).isEqualTo(NOW.plusSeconds(8));
	}

	@Test
	void oldMistakesAreForgotten() {
		Instant longAgo = NOW.minus(Duration.ofMinutes(61));
		assertThat(throttle.forAccount(9, longAgo, null, NOW)).isEmpty();
		assertThat(throttle.forgottenBefore(NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
	}
}
