package fr.fidele.messaging.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.fidele.messaging.InboundMessage;
import fr.fidele.messaging.MessagingIntake;
import fr.fidele.messaging.MessagingProperties;
import fr.fidele.platform.web.WebhookSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbound webhook a messaging provider calls with each customer message (docs/messaging.md). The body is read
 * here, within its size limit, because the signature covers its exact bytes; fields a provider adds are ignored.
 */
@RestController
@Tag(name = "Messaging")
class MessagingWebhookController {

	private final MessagingIntake intake;
	private final ObjectReader reader;
	private final long bodyLimit;

	MessagingWebhookController(MessagingIntake intake, JsonMapper json, MessagingProperties settings) {
		this.intake = intake;
		this.reader = json.readerFor(InboundMessage.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		this.bodyLimit = settings.bodyLimit().toBytes();
	}

	@PostMapping("/api/messaging/v1/channels/{key}/messages")
	@Operation(summary = "A customer's message, signed with the channel's secret; 202 when kept, 200 when it already was (a retry)")
	ResponseEntity<Map<String, Object>> receive(@PathVariable String key,
			@RequestHeader(name = WebhookSignature.HEADER, required = false) String signature, HttpServletRequest request) throws IOException {
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bodyLimit + 1));
		if (body.length > bodyLimit) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "the request is larger than " + bodyLimit + " bytes");
		}
		intake.authenticate(key, signature, new String(body, StandardCharsets.UTF_8));
		InboundMessage message;
		try {
			message = reader.readValue(body);
		}
		catch (JacksonException unreadable) {
			throw new HttpMessageNotReadableException("unreadable message", unreadable, new ServletServerHttpRequest(request));
		}
		MessagingIntake.Received received = intake.receive(key, message);
		return ResponseEntity.status(received.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(Map.of("id", received.id(), "duplicate", received.duplicate()));
	}
}
