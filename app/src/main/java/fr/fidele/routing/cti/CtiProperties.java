package fr.fidele.routing.cti;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the telephone switch's event API.
 *
 * @param secret the secret the switch signs its events with (HMAC-SHA256); empty: the API refuses every event
 * @param maxClockSkew an event stamped further than this from Fidèle's clock is refused (a replayed or delayed request)
 */
@ConfigurationProperties("fidele.cti")
@Validated
public record CtiProperties(@NotNull @DefaultValue("") String secret, @NotNull @DefaultValue("5m") Duration maxClockSkew) {
}
