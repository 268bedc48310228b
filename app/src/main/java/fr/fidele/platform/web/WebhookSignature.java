package fr.fidele.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.platform.Digests;

/**
 * How a receiver knows a webhook comes from Fidèle and is fresh: the header {@value #HEADER} carries the sending time
 * and an HMAC-SHA256, with the subscription's secret, of that time, a dot and the body ({@code t=1733300000,v1=hex}).
 * The receiver computes the same and refuses a time too far from its own clock (a replay).
 */
public final class WebhookSignature {

	public static final String HEADER = "Fidele-Signature";
	private static final Pattern FORM = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

	private WebhookSignature() {
	}

	public static String header(String secret, long epochSeconds, String body) {
		return "t=" + epochSeconds + ",v1=" + Digests.hmacSha256Hex(secret, epochSeconds + "." + body);
	}

	/**
	 * Whether {@code header} signs {@code body} with {@code secret} at a time within {@code toleranceSeconds} of
	 * {@code nowEpochSeconds}: how Fidèle checks what a partner signs the same way (a messaging provider).
	 */
	public static boolean verifies(String secret, String header, String body, long nowEpochSeconds, long toleranceSeconds) {
		Matcher parts = FORM.matcher(header == null ? "" : header.strip());
		if (!parts.matches()) {
			return false;
		}
		long signedAt = Long.parseLong(parts.group(1));
		return Math.abs(nowEpochSeconds - signedAt) <= toleranceSeconds
				&& Digests.constantTimeEquals(Digests.hmacSha256Hex(secret, signedAt + "." + body), parts.group(2));
	}
}
