package fr.fidele.chat;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The live chat's limits, {@code fidele.chat.*}.
 *
 * @param conversationsPerAddress conversations one address (a visitor's IP) may start per {@code window}
 * @param messagesPerConversation messages one conversation's customer may send per {@code window}
 * @param window the window of those limits
 * @param longestMessage the longest message, in characters, either way
 * @param identityWindow how old a signed customer reference may be (the site signs it when it draws the page)
 * @param longestWait above this estimated wait (and outside the queue's hours) the widget offers to leave a message
 * @param streamTimeout how long one event stream stays open before the widget or the workspace opens the next
 * @param attachmentLimit the largest file a customer may send (the e-mail channel's default limit too)
 */
@ConfigurationProperties("fidele.chat")
@Validated
public record ChatProperties(@Min(1) @DefaultValue("10") int conversationsPerAddress,
		@Min(1) @DefaultValue("120") int messagesPerConversation, @DefaultValue("PT1H") Duration window,
		@Min(1) @Max(20000) @DefaultValue("4000") int longestMessage, @DefaultValue("PT15M") Duration identityWindow,
		@DefaultValue("PT10M") Duration longestWait, @DefaultValue("PT5M") Duration streamTimeout,
		@DefaultValue("10MB") DataSize attachmentLimit) {
}
