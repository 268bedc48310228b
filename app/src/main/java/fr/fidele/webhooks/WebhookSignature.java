package fr.fidele.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a webhook comes from Fidèle and is fresh: the header {@value #HEADER} carries the sending time
 * and an HMAC-SHA256, with the subscription's secret, of that time, a dot and the body ({@code t=1733300000,v1=hex}).
 * The receiver computes the same and refuses a time too far from its own clock (a replay).
 */
public final class WebhookSignature {

	public static final String HEADER = "Fidele-Signature";

	private WebhookSignature() {
	}

	public static String header(String secret, long epochSeconds, String body) {
		return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
	}

	static String hmac(String secret, String signed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}
