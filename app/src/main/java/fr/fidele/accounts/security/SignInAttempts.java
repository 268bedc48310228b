package fr.fidele.accounts.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wrong passwords typed for each account and from each network address, and the wait they impose
 * ({@link SignInThrottle}). A name nobody has is counted like any other, so that the answers do not tell which
 * accounts exist. Every failure and every refusal is logged with the account and the address.
 */
@Component
public class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
	private static final int LONGEST_NAME = 200;

	private final JdbcClient jdbc;
	private final SignInThrottle throttle;
	private final Clock clock;
	private final Counter wrongPasswords;
	private final Counter turnedAway;

	SignInAttempts(JdbcClient jdbc, SignInProperties settings, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.wrongPasswords = Counter.builder("fidele.sign.in.failures").description("Wrong passwords typed at sign-in").register(meters);
		this.turnedAway = Counter.builder("fidele.sign.in.refused").description("Sign-ins turned away by a wait or a lock")
			.register(meters);
		this.throttle = new SignInThrottle(settings);
		this.clock = clock;
	}

	private record Failures(int count, Instant last, Instant lockedUntil) {
	}

	/** How long {@code username}, typed from {@code address}, must wait before trying again; empty: try now. */
	Optional<SignInThrottle.Wait> waitFor(String username, String address) {
		Instant now = clock.instant();
		Optional<SignInThrottle.Wait> account = failures(account(username))
			.flatMap(f -> throttle.forAccount(f.count(), f.last(), f.lockedUntil(), now));
		Optional<SignInThrottle.Wait> fromAddress = failures(address(address)).flatMap(f -> throttle.forAddress(f.count(), f.last(), now));
		Optional<SignInThrottle.Wait> longest = Stream.of(account, fromAddress).flatMap(Optional::stream)
			.max(Comparator.comparing(SignInThrottle.Wait::until));
		longest.ifPresent(wait -> turnedAway.increment());
		longest.ifPresent(wait -> log.warn("Sign-in refused for {} from {}: {} until {}", username, address,
				wait.locked() ? "locked" : "waiting", wait.until()));
		return longest;
	}

	void failed(String username, String address) {
		wrongPasswords.increment();
		Instant now = clock.instant();
		int failures = count(account(username), now);
		throttle.lockAfter(failures, now).ifPresent(until -> {
			jdbc.sql("update sign_in_failure set locked_until = ? where subject = ?").params(Timestamp.from(until), account(username))
				.update();
			log.warn("Account {} locked until {} after {} wrong passwords", username, until, failures);
		});
		int fromAddress = count(address(address), now);
		log.warn("Wrong password for {} from {} ({} for the account, {} from the address)", username, address, failures, fromAddress);
	}

	void succeeded(String username) {
		jdbc.sql("delete from sign_in_failure where subject = ?").param(account(username)).update();
	}

	/** Lifts a lock or a wait on an account (an administrator's decision); false when there was none. */
	public boolean unlock(String username) {
		boolean unlocked = jdbc.sql("delete from sign_in_failure where subject = ?").param(account(username)).update() > 0;
		if (unlocked) {
			log.warn("Account {} unlocked", username);
		}
		return unlocked;
	}

	private int count(String subject, Instant now) {
		return jdbc.sql("""
				insert into sign_in_failure (subject, failures, last_failure) values (:subject, 1, :now)
				on conflict (subject) do update set last_failure = excluded.last_failure,
				    failures = case when sign_in_failure.last_failure < cast(:forgotten as timestamptz) then 1
				                    else sign_in_failure.failures + 1 end
				returning failures""")
			.param("subject", subject).param("now", Timestamp.from(now))
			.param("forgotten", Timestamp.from(throttle.forgottenBefore(now))).query(Integer.class).single();
	}

	private Optional<Failures> failures(String subject) {
		return jdbc.sql("select failures, last_failure, locked_until from sign_in_failure where subject = ?").param(subject)
			.query((rs, n) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
			.optional();
	}

	private static String account(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "account:" + (name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name);
	}

	private static String address(String address) {
		return "address:" + address;
	}
}
