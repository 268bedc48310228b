package fr.fidele.routing.cti;

import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.RoutingAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The telephone switch's event API, version 1 (docs/cti.md). The switch signs each request (HMAC-SHA256 with a
 * shared secret, see {@link CtiSignature}) instead of using a personal token.
 */
@RestController
@Tag(name = "Telephone switch (CTI)")
class CtiController {

	/** The answer to an event: where the call goes, and whether the event was a repeat. */
	record Reply(RoutingAnswer routing, boolean duplicate) {
	}

	private final CtiSignature signature;
	private final SwitchEvents events;
	private final JsonMapper json;

	CtiController(CtiSignature signature, SwitchEvents events, JsonMapper json) {
		this.signature = signature;
		this.events = events;
		this.json = json;
	}

	@PostMapping(path = "/api/cti/v1/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An event of a call (offered, queued, answered, transferred, held, resumed, ended, callback requested); "
			+ "idempotent by eventId; answers where the call should go",
			parameters = { @Parameter(in = ParameterIn.HEADER, name = CtiSignature.TIMESTAMP, required = true),
					@Parameter(in = ParameterIn.HEADER, name = CtiSignature.SIGNATURE, required = true) })
	Reply event(@RequestHeader(name = CtiSignature.TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = CtiSignature.SIGNATURE, required = false) String signed,
			@RequestBody byte[] body, HttpServletRequest request) {
		signature.verify(timestamp, signed, "POST", request.getRequestURI(), body);
		CallEvent event;
		try {
			event = json.readValue(body, CallEvent.class);
		}
		catch (JacksonException e) {
			// the same problem as any unreadable body: it names the field (JsonFieldPath reads the cause)
			throw new HttpMessageNotReadableException("not a call event: " + e.getOriginalMessage(), e,
					new ServletServerHttpRequest(request));
		}
		SwitchEvents.Received received = events.receive(event);
		return new Reply(events.answer(received.call()), received.duplicate());
	}

	@GetMapping("/api/cti/v1/calls/{callId}")
	@Operation(summary = "Where the call should go now (for a switch that polls while the caller waits)",
			parameters = { @Parameter(in = ParameterIn.HEADER, name = CtiSignature.TIMESTAMP, required = true),
					@Parameter(in = ParameterIn.HEADER, name = CtiSignature.SIGNATURE, required = true) })
	RoutingAnswer call(@PathVariable String callId, @RequestHeader(name = CtiSignature.TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = CtiSignature.SIGNATURE, required = false) String signed, HttpServletRequest request) {
		signature.verify(timestamp, signed, "GET", request.getRequestURI(), new byte[0]);
		return events.answer(callId).orElseThrow(() -> new NotFoundException("call", callId));
	}
}
