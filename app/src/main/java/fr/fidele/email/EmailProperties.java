package fr.fidele.email;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import org.springframework.util.unit.DataSize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The e-mail channel's settings.
 *
 * @param credentialsKey the key that seals mailbox passwords in the database: 32 random bytes in Base64 (for instance
 * {@code openssl rand -base64 32}); without it no mailbox can be added
 * @param pollInterval how often every mailbox is read
 * @param sendInterval how often the replies waiting are sent
 * @param batch messages read from one mailbox in one go, at most
 * @param senderLimit messages one sender may open contacts with in an hour; beyond, they are kept and open nothing (a
 * loop between two automatic responders)
 * @param attachmentLimit the largest attachment kept; a larger one is refused (the message is kept and says so)
 * @param allowPlain whether a mailbox may use IMAP and SMTP without TLS (a test server on this machine)
 * @param idle whether each mailbox whose server offers IMAP IDLE is also watched, so that a message is read as it
 * arrives instead of at the next poll (polling goes on, as the safety net)
 * @param idleRefresh how often the watched mailboxes are matched to the enabled ones (added, paused, resumed)
 */
@ConfigurationProperties("fidele.email")
@Validated
record EmailProperties(String credentialsKey, @NotNull @DefaultValue("30s") Duration pollInterval,
		@NotNull @DefaultValue("5s") Duration sendInterval,
		@Min(1) @Max(5000) @DefaultValue("200") int batch, @Min(1) @DefaultValue("20") int senderLimit,
		@NotNull @DefaultValue("10MB") DataSize attachmentLimit,
		@DefaultValue("false") boolean allowPlain, @DefaultValue("true") boolean idle, @NotNull @DefaultValue("30s") Duration idleRefresh) {
}
