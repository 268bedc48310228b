package fr.fidele.accounts.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sign-in resists guessing (see {@link SignInThrottle}).
 *
 * @param freeFailures wrong passwords allowed for one account before each further attempt must wait
 * @param lockAfter wrong passwords for one account that lock it
 * @param lockFor how long a locked account stays locked, unless an administrator unlocks it first
 * @param addressFreeFailures wrong passwords allowed from one network address, over all accounts (a password spray),
 * before each further attempt from it must wait
 * @param longestWait the longest wait between two attempts, however many failures
 * @param forgetAfter wrong passwords older than this are forgotten (the count starts again), so that the mistakes of
 * a whole office over weeks do not add up
 * @param secondFactorForAdministrators administrators must set up a second factor (an authenticator app) and give its
 * code at each sign-in with a password
 * @param sessionLifetime a signed-in session ends this long after sign-in, however active (the idle timeout is
 * {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("fidele.sign-in")
@Validated
record SignInProperties(@Min(1) @DefaultValue("3") int freeFailures, @Min(2) @DefaultValue("10") int lockAfter,
		@NotNull @DefaultValue("15m") Duration lockFor, @Min(1) @DefaultValue("20") int addressFreeFailures,
		@NotNull @DefaultValue("15m") Duration longestWait, @NotNull @DefaultValue("1h") Duration forgetAfter,
		@NotNull @DefaultValue("12h") Duration sessionLifetime, @DefaultValue("false") boolean secondFactorForAdministrators) {
}
