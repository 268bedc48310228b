package fr.fidele.accounts.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next sign-in may be tried after wrong passwords. An account gets a few free mistakes, then each failure
 * doubles the wait before the next try (1 s, 2 s, 4 s... up to the longest wait), and after many it is locked for a
 * while; an address gets more free mistakes, since an office shares one, then waits the same way, which is what stops
 * a password spray (a few guesses on each of many accounts). A right password while waiting is refused too: the wait
 * is checked before the password.
 */
final class SignInThrottle {

	/** A refusal until {@code until}; {@code locked} when the account was locked, not only slowed. */
	record Wait(Instant until, boolean locked) {
	}

	private final SignInProperties settings;

	SignInThrottle(SignInProperties settings) {
		this.settings = settings;
	}

	/** The wait after {@code failures} wrong passwords for one account, the last at {@code last}. */
	Optional<Wait> forAccount(int failures, Instant last, Instant lockedUntil, Instant now) {
		if (lockedUntil != null && now.isBefore(lockedUntil)) {
			return Optional.of(new Wait(lockedUntil, true));
		}
		return backOff(failures - settings.freeFailures(), last, now);
	}

	/** Failures whose last one came before this are forgotten at {@code now}: counting starts again. */
	Instant forgottenBefore(Instant now) {
		return now.minus(settings.forgetAfter());
	}

	/** The wait after {@code failures} wrong passwords from one address, over all accounts. */
	Optional<Wait> forAddress(int failures, Instant last, Instant now) {
		return backOff(failures - settings.addressFreeFailures(), last, now);
	}

	/** When an account that just reached {@code failures} wrong passwords at {@code now} is locked until, if it is. */
	Optional<Instant> lockAfter(int failures, Instant now) {
		return failures >= settings.lockAfter() ? Optional.of(now.plus(settings.lockFor())) : Optional.empty();
	}

	private Optional<Wait> backOff(int beyondFree, Instant last, Instant now) {
		if (beyondFree <= 0 || last.isBefore(forgottenBefore(now))) {
			return Optional.empty();
		}
		Duration wait = beyondFree > 30 ? settings.longestWait() : Duration.ofSeconds(1L << (beyondFree - 1));
		Instant until = last.plus(wait.compareTo(settings.longestWait()) > 0 ? settings.longestWait() : wait);
		return now.isBefore(until) ? Optional.of(new Wait(until, false)) : Optional.empty();
	}
}
