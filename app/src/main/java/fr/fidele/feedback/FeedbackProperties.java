package fr.fidele.feedback;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The surveys' settings, {@code fidele.feedback.*}.
 *
 * @param invitationLifetime how long an invitation's link may be answered (and its answer amended)
 * @param answersPerAddress answer pages one address (a visitor's IP) may send per hour
 * @param sendsPerMinute survey messages sent per minute at most, so that a large batch does not flood the mail server
 *                       nor the customers' providers
 * @param longestComment the longest free-text answer, in characters
 * @param followUpWithin how long after an unhappy answer its follow-up is due
 */
@ConfigurationProperties("fidele.feedback")
@Validated
public record FeedbackProperties(@DefaultValue("P14D") Duration invitationLifetime, @Min(1) @DefaultValue("60") int answersPerAddress,
		@Min(1) @Max(1_000_000) @DefaultValue("600") int sendsPerMinute, @Min(1) @Max(20000) @DefaultValue("2000") int longestComment,
		@DefaultValue("P2D") Duration followUpWithin) {
}
