package fr.fidele.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A telephone switch as the tests play it: events signed with the shared secret, as docs/cti.md says to. */
public final class SwitchClient {

	public static final String EVENTS = "/api/cti/v1/events";

	private final int port;
	private final String secret;

	public SwitchClient(int port, String secret) {
		this.port = port;
		this.secret = secret;
	}

	public ApiClient.Response send(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		long now = Instant.now().getEpochSecond();
		return new ApiClient(port, null).header("X-Fidele-Timestamp", String.valueOf(now))
			.header("X-Fidele-Signature", "sha256=" + sign(now + ".POST " + EVENTS + "\n" + json))
			.postBytes(EVENTS, "application/json", body);
	}

	/** A call offered in the queue, from a caller, at a time. */
	public ApiClient.Response offered(String callId, String queue, String caller, Instant at) {
		return send("""
				{"eventId":"%s-offered","type":"call.offered","callId":"%s","occurredAt":"%s","caller":"%s",
				 "dialled":"3900","ivr":{"language":"fr","reason":"BILLING","choices":["2"]},"queue":"%s"}"""
			.formatted(callId, callId, at, caller, queue));
	}

	public ApiClient.Response callbackRequested(String callId, String number, Instant at) {
		return send("""
				{"eventId":"%s-callback","type":"callback.requested","callId":"%s","occurredAt":"%s","callbackNumber":"%s"}"""
			.formatted(callId, callId, at, number));
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
