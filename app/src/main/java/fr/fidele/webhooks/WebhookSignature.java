package fr.fidele.webhooks;

import fr.fidele.platform.Digests;

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
		return "t=" + epochSeconds + ",v1=" + Digests.hmacSha256Hex(secret, epochSeconds + "." + body);
	}
}
