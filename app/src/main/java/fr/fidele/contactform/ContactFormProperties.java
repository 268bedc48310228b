package fr.fidele.contactform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact form's guards, {@code fidele.contact-form.*}.
 *
 * @param perAddress messages one address (a visitor's IP) may send per {@code window}
 * @param window the window of that limit
 * @param shortestFill a form sent sooner after it was shown is a robot's: nobody types a message that fast
 * @param longestFill a form shown longer ago is asked again (its signed time is too old to prove anything)
 * @param frameAncestors the sites that may show the embeddable form in a frame ({@code *} for any)
 */
@ConfigurationProperties("fidele.contact-form")
public record ContactFormProperties(@DefaultValue("5") int perAddress, @DefaultValue("PT1H") Duration window,
		@DefaultValue("PT3S") Duration shortestFill, @DefaultValue("PT2H") Duration longestFill,
		@DefaultValue("*") List<String> frameAncestors) {
}
