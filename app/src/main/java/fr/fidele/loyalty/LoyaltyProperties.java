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
 * @param foldAfter how far behind the contacts the dashboards count from memory may be: older, a figure asked first
 * folds in the contacts recorded or changed since, and a background task does every so often (0: every figure asked)
 */
@ConfigurationProperties("fidele.loyalty")
@Validated
public record LoyaltyProperties(@DefaultValue("true") boolean refreshOnStart,
		@NotBlank @DefaultValue("0 30 2 * * *") String recomputeCron, @NotNull @DefaultValue("1m") Duration foldAfter) {
}
