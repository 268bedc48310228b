package fr.fidele.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a forgotten password is reset by e-mail (see {@link PasswordResets}).
 *
 * @param validity how long a reset link may be used, once
 * @param mailsPerAccount reset links sent to one account in an hour at most, so that nobody can flood a mailbox
 * @param requestsPerAddress requests from one network address in an hour at most, whatever account they name, so that
 * the page cannot be used to try names at speed
 */
@ConfigurationProperties("fidele.password-reset")
@Validated
record PasswordResetProperties(@NotNull @DefaultValue("30m") Duration validity, @Min(1) @DefaultValue("3") int mailsPerAccount,
		@Min(1) @DefaultValue("10") int requestsPerAddress) {
}
