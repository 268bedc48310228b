package fr.fidele.platform.events;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the registry keeps the events it delivered.
 *
 * @param keepCompleted completed publications older than this are deleted (those not yet delivered never are)
 */
@ConfigurationProperties("fidele.events")
@Validated
public record EventProperties(@NotNull @DefaultValue("7d") Duration keepCompleted) {
}
