package fr.fidele.messaging.web;

import java.util.Map;

import fr.fidele.messaging.MessagingIdentification;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Messaging")
class MessagingThreadApiController {

	private final MessagingIdentification identification;

	MessagingThreadApiController(MessagingIdentification identification) {
		this.identification = identification;
	}

	/** Who an unknown writer is. */
	record Identification(Long customerId) {
	}

	@PostMapping("/api/messaging/threads/{id}/customer")
	@Operation(summary = "An unknown writer's conversation is an existing customer's: its contacts join a case of theirs, and the number or account becomes theirs")
	Map<String, Object> identify(@PathVariable long id, @RequestBody Identification body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		if (body.customerId() == null) {
			throw new InvalidFieldException("customerId", "required");
		}
		return Map.of("caseId", identification.identify(id, body.customerId(), ChangeReason.or(reason, "writer recognised through the API")));
	}
}
