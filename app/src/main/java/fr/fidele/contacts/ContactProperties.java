package fr.fidele.contacts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the contacts module.
 *
 * @param reopenWindow a contact about a case resolved less than this long ago reopens it instead of
 * opening a new one (default 7 days)
 */
@ConfigurationProperties("fidele.contacts")
public record ContactProperties(@DefaultValue("7d") Duration reopenWindow) {
}
