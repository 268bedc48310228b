package fr.fidele.routing.cti;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The switch signs each request with the secret it shares with Fidèle: {@code X-Fidele-Signature: sha256=<hex>},
 * the HMAC-SHA256 of {@code <timestamp>.<METHOD> <path>\n<body>}, with {@code X-Fidele-Timestamp} the epoch
 * seconds. A request signed more than the allowed skew ago is refused, so a captured request cannot be replayed
 * later; the path is signed so that a signature cannot be moved to another request. Without a secret configured
 * ({@code fidele.cti.secret}) the CTI API refuses everything.
 */
@Component
class CtiSignature {

	static final String TIMESTAMP = "X-Fidele-Timestamp";
	static final String SIGNATURE = "X-Fidele-Signature";
	private static final String ALGORITHM = "HmacSHA256";

	private final boolean configured;
	private final Mac keyed;
	private final Duration maxSkew;
	private final Clock clock;

	CtiSignature(CtiProperties properties, Clock clock) {
		this.configured = !properties.secret().isEmpty();
		// without a secret every request is refused before any MAC is computed; the key only has to be valid
		this.keyed = keyed(properties.secret().getBytes(StandardCharsets.UTF_8));
		this.maxSkew = properties.maxClockSkew();
		this.clock = clock;
	}

	void verify(String timestamp, String signature, String method, String path, byte[] body) {
		if (!configured) {
			throw refused("the CTI API is off: no secret is configured (fidele.cti.secret)");
		}
		if (timestamp == null || signature == null || !signature.startsWith("sha256=")) {
			throw refused("sign the request: " + TIMESTAMP + " and " + SIGNATURE + ": sha256=<hex>");
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException e) {
			throw refused(TIMESTAMP + " is epoch seconds");
		}
		long now = clock.instant().getEpochSecond();
		if (seconds < now - maxSkew.toSeconds() || seconds > now + maxSkew.toSeconds()) {
			throw refused("the request was signed too long ago or in the future; check the switch's clock");
		}
		byte[] expected = sign(seconds, method, path, body);
		byte[] given;
		try {
			given = HexFormat.of().parseHex(signature.substring("sha256=".length()).strip());
		}
		catch (IllegalArgumentException e) {
			throw refused("the signature is not hexadecimal");
		}
		if (!MessageDigest.isEqual(expected, given)) {
			throw refused("the signature does not match");
		}
	}

	/** The signature of a request, as the switch must compute it. */
	private byte[] sign(long epochSeconds, String method, String path, byte[] body) {
		Mac mac = mac();
		mac.update((epochSeconds + "." + method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
		return mac.doFinal(body);
	}

	/** A MAC keyed with the secret: a copy of one made once (looking the algorithm up costs more than the MAC). */
	private Mac mac() {
		try {
			return (Mac) keyed.clone();
		}
		catch (CloneNotSupportedException e) {
			throw new IllegalStateException(ALGORITHM + " MACs of the JDK can be cloned", e);
		}
	}

	private static Mac keyed(byte[] secret) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, ALGORITHM));
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
		}
	}

	private static ResponseStatusException refused(String why) {
		return new ResponseStatusException(HttpStatus.UNAUTHORIZED, why);
	}
}
