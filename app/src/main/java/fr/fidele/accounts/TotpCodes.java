package fr.fidele.accounts;

import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * The codes of an authenticator app (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), computed by java-otp. A code
 * of the step before or after the current one is accepted too, for a phone's clock a little off.
 */
final class TotpCodes {

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
	private static final long STEP_SECONDS = GENERATOR.getTimeStep().toSeconds();

	private TotpCodes() {
	}

	/** The step a typed code belongs to, if it is the code of one of the steps around {@code now}. */
	static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
		if (typed == null || !typed.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		SecretKeySpec key = new SecretKeySpec(secret, GENERATOR.getAlgorithm());
		long current = now.getEpochSecond() / STEP_SECONDS;
		for (long step = current - 1; step <= current + 1; step++) {
			try {
				if (GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS)).equals(typed.strip())) {
					return OptionalLong.of(step);
				}
			}
			catch (java.security.InvalidKeyException e) {
				throw new IllegalStateException("a secret of Fidèle's own making is always a valid key", e);
			}
		}
		return OptionalLong.empty();
	}
}
