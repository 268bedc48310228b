package fr.fidele.loyalty;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the loyalty figures.
 *
 * @param refreshOnStart compute every figure in the background once the application has started
 * @param recomputeCron when every figure is computed again (a Spring cron expression, default 02:30 each night)
 * @param slowReportThreshold a service-measures report that takes longer than this to compute is kept for reuse
 * @param slowReportMaxAge how long such a report is reused before it is computed again
 * @param slowReportRefresh how often the whole service's report, when it is a slow one, is computed again in the
 * background (more often than it expires, so the first dashboard never waits)
 */
@ConfigurationProperties("fidele.loyalty")
@Validated
public record LoyaltyProperties(@DefaultValue("true") boolean refreshOnStart,
		@NotBlank @DefaultValue("0 30 2 * * *") String recomputeCron, @NotNull @DefaultValue("1s") Duration slowReportThreshold,
		@NotNull @DefaultValue("10m") Duration slowReportMaxAge, @NotNull @DefaultValue("5m") Duration slowReportRefresh) {
}
