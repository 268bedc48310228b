package fr.fidele.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * A person's second factor (an authenticator app): set up by scanning or typing a secret and confirming with a first
 * code, then asked at each sign-in after the password. Each code is accepted once.
 */
@Service
public class SecondFactor {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Base32 BASE32 = new Base32();

	/** What the authenticator app needs: the secret to type, or the address its QR code would hold. */
	public record Enrollment(String secret, String otpauthUri) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	SecondFactor(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the person set up a second factor (and confirmed it). */
	public boolean enabled(long userId) {
		return jdbc.sql("select exists (select 1 from user_second_factor where user_id = ? and confirmed_at is not null)").param(userId)
			.query(Boolean.class).single();
	}

	/**
	 * The secret to set up, to confirm with a first code: the one already waiting for its confirmation (a page shown
	 * again keeps the key the person may have typed), else a new one.
	 */
	@Transactional
	public Enrollment start(long userId, String username) {
		String encoded = jdbc.sql("select secret from user_second_factor where user_id = ? and confirmed_at is null").param(userId)
			.query(String.class).optional().orElseGet(() -> {
				byte[] secret = new byte[20];
				RANDOM.nextBytes(secret);
				String fresh = BASE32.encodeToString(secret).replace("=", "");
				jdbc.sql("insert into user_second_factor (user_id, secret) values (?, ?)").params(userId, fresh).update();
				return fresh;
			});
		String label = UriUtils.encodePathSegment("Fidèle:" + username, java.nio.charset.StandardCharsets.UTF_8);
		return new Enrollment(encoded, "otpauth://totp/" + label + "?secret=" + encoded + "&issuer=Fid%C3%A8le");
	}

	/** Confirms the set-up with a first code from the app; false if the code is not right. */
	@Transactional
	public boolean confirm(long userId, String code) {
		if (!accept(userId, code)) {
			return false;
		}
		jdbc.sql("update user_second_factor set confirmed_at = now() where user_id = ?").param(userId).update();
		return true;
	}

	/** Checks a code at sign-in: right, of a current step, and not used before. */
	@Transactional
	public boolean verify(long userId, String code) {
		return enabled(userId) && accept(userId, code);
	}

	private boolean accept(long userId, String code) {
		record Stored(String secret, Long lastUsedStep) {
		}
		Optional<Stored> stored = jdbc.sql("select secret, last_used_step from user_second_factor where user_id = ? for update")
			.param(userId).query((rs, n) -> new Stored(rs.getString(1), (Long) rs.getObject(2))).optional();
		if (stored.isEmpty()) {
			return false;
		}
		OptionalLong step = TotpCodes.matchingStep(BASE32.decode(stored.get().secret()), code, clock.instant());
		if (step.isEmpty() || (stored.get().lastUsedStep() != null && step.getAsLong() <= stored.get().lastUsedStep())) {
			return false;
		}
		jdbc.sql("update user_second_factor set last_used_step = ? where user_id = ?").params(step.getAsLong(), userId).update();
		return true;
	}
}
