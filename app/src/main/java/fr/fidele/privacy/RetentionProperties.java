package fr.fidele.privacy;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long each kind of personal data is kept (none: for ever), and when the rules are applied.
 *
 * @param contactText the free text of contacts (wrap-up notes, the words of transfer notes), counted from the contact's end
 * @param readAudit the read audit's entries
 * @param cron when the rules run (Spring cron), every night by default
 */
@ConfigurationProperties("fidele.retention")
@Validated
record RetentionProperties(Duration contactText, @DefaultValue("730d") Duration readAudit,
		@NotBlank @DefaultValue("0 15 3 * * *") String cron) {
}
