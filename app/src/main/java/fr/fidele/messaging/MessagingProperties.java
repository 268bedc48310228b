package fr.fidele.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The messaging channels' settings, {@code fidele.messaging.*}.
 *
 * @param sendInterval how often the replies waiting are delivered to the providers
 * @param timeout how long a provider has to take a reply
 * @param signatureTolerance how far from Fidèle's clock a provider's signature time may be (older: a replay)
 * @param perChannelMinute messages a channel's provider may deliver per minute; beyond, 429 and the provider retries
 * @param bodyLimit the largest inbound request, attachments included; larger ones are refused with 413
 * @param attachmentLimit the largest file kept; a larger one is listed as refused and the message kept
 * @param allowPlainHttp let an outbound webhook be {@code http://} (tests, a private network)
 */
@ConfigurationProperties("fidele.messaging")
public record MessagingProperties(@DefaultValue("2s") Duration sendInterval, @DefaultValue("10s") Duration timeout,
		@DefaultValue("5m") Duration signatureTolerance, @DefaultValue("600") int perChannelMinute, @DefaultValue("15MB") DataSize bodyLimit,
		@DefaultValue("10MB") DataSize attachmentLimit,
		@DefaultValue("false") boolean allowPlainHttp) {
}
