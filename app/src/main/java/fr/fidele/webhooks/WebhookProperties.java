package fr.fidele.webhooks;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are sent.
 *
 * @param sendInterval how often due deliveries are sent
 * @param timeout how long a receiver has to answer
 * @param firstRetry the wait before the first retry; each next one doubles, up to {@code longestRetry}
 * @param longestRetry the longest wait between two attempts
 * @param maxAttempts attempts before a delivery is given up
 * @param disableAfter consecutive failed attempts (all deliveries together) that stop a subscription
 * @param allowPlainHttp accept {@code http://} receivers (tests, a receiver on the same private network); https only otherwise
 */
@ConfigurationProperties("fidele.webhooks")
@Validated
record WebhookProperties(@NotNull @DefaultValue("2s") Duration sendInterval, @NotNull @DefaultValue("10s") Duration timeout,
		@NotNull @DefaultValue("30s") Duration firstRetry, @NotNull @DefaultValue("6h") Duration longestRetry,
		@Min(1) @DefaultValue("10") int maxAttempts, @Min(1) @DefaultValue("20") int disableAfter,
		@DefaultValue("false") boolean allowPlainHttp) {
}
