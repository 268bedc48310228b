package fr.fidele.platform;

import java.time.Duration;

/** How long to wait before trying again to deliver something a partner refused: a first wait that doubles, up to a ceiling. */
public final class RetryWaits {

	private RetryWaits() {
	}

	/** The wait after {@code attempts} failed attempts (1 for the first): {@code first}, doubling, never above {@code longest}. */
	public static Duration after(int attempts, Duration first, Duration longest) {
		Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(longest) > 0 ? longest : wait;
	}
}
