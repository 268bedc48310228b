package fr.fidele.platform.mail;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail that Fidèle sends on its own behalf, through the SMTP server of {@code spring.mail.*}.
 *
 * @param from the sender of those messages
 * @param linksTo the address of Fidèle as its users reach it, which begins every link in those messages; set, never taken
 * from a request, so that a forged {@code Host} header cannot send a reset link to another site
 */
@ConfigurationProperties("fidele.mail")
@Validated
public record SystemMailProperties(@NotBlank @DefaultValue("Fidèle <fidele@localhost>") String from,
		@NotNull @DefaultValue("http://localhost:8080") URI linksTo) {
}
