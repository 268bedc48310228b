package fr.fidele.routing.cti;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** Requests signed by the switch are taken; anything else is refused. The expected signature is computed here with the JDK's HMAC. */
class CtiSignatureTests {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
	static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
	final CtiSignature signature = new CtiSignature(new CtiProperties("s3cret", Duration.ofMinutes(5)), Clock.fixed(NOW, ZoneOffset.UTC));

	static String hmac(String secret, String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	String signed(long seconds, String path) throws Exception {
		return hmac("s3cret", seconds + ".POST " + path + "\n" + new String(BODY, StandardCharsets.UTF_8));
	}

	@Test
	void aRequestSignedWithTheSharedSecretIsTaken() throws Exception {
		long now = NOW.getEpochSecond();
		assertThatCode(() -> signature.verify(String.valueOf(now), signed(now, "/api/cti/v1/events"), "POST", "/api/cti/v1/events", BODY))
			.doesNotThrowAnyException();
	}

	@Test
	void aChangedBodyAnotherPathAnOldStampOrAnotherSecretIsRefused() throws Exception {
		long now = NOW.getEpochSecond();
		String good = signed(now, "/api/cti/v1/events");
		assertRefused(() -> signature.verify(String.valueOf(now), good, "POST", "/api/cti/v1/events", "{\"eventId\":\"e2\"}".getBytes()));
		assertRefused(() -> signature.verify(String.valueOf(now), good, "POST", "/api/cti/v1/calls/x", BODY));
		long old = now - 600;
		String oldSigned = signed(old, "/api/cti/v1/events");
		assertRefused(() -> signature.verify(String.valueOf(old), oldSigned, "POST", "/api/cti/v1/events", BODY));
		String otherSecret = hmac("guess", now + ".POST /api/cti/v1/events\n" + new String(BODY, StandardCharsets.UTF_8));
		assertRefused(() -> signature.verify(String.valueOf(now), otherSecret, "POST", "/api/cti/v1/events", BODY));
		assertRefused(() -> signature.verify(null, good, "POST", "/api/cti/v1/events", BODY));
		assertRefused(() -> signature.verify(String.valueOf(now), "sha256=zz", "POST", "/api/cti/v1/events", BODY));
	}

	@Test
	void withoutASecretNothingIsTaken() throws Exception {
		CtiSignature off = new CtiSignature(new CtiProperties("", Duration.ofMinutes(5)), Clock.fixed(NOW, ZoneOffset.UTC));
		long now = NOW.getEpochSecond();
		String signedAnyway = signed(now, "/api/cti/v1/events");
		assertRefused(() -> off.verify(String.valueOf(now), signedAnyway, "POST", "/api/cti/v1/events", BODY));
	}

	private static void assertRefused(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(ResponseStatusException.class).hasMessageContaining("401");
	}
}
