package fr.fidele.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.fidele.customers.Customers;
import org.springframework.stereotype.Service;

/**
 * A customer signed into the help centre by the company's own site, which knows them: it sends them to
 * {@code /help/sign-in?token=…} with a token it signed with the secret both share (HMAC-SHA256 over the customer's
 * reference and an expiry at most {@value #LINK_MINUTES} minutes ahead, as single sign-on to a help centre works
 * elsewhere). Fidèle keeps no password of its customers. The help centre then remembers the customer in a signed
 * cookie, so that what they read is theirs: a self-service contact in their case file.
 */
@Service
public class HelpCentreSignIn {

	/** How far ahead a link's expiry may be: a link is used at once, not kept. */
	static final long LINK_MINUTES = 10;
	private static final int SECRET_LENGTH = 32;
	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final KnowledgeProperties settings;
	private final Customers customers;
	private final Clock clock;

	HelpCentreSignIn(KnowledgeProperties settings, Customers customers, Clock clock) {
		this.settings = settings;
		this.customers = customers;
		this.clock = clock;
	}

	public boolean enabled() {
		return settings.signInSecret().length() >= SECRET_LENGTH;
	}

	/** The customer a link's token names, if it is genuine, unexpired and names a customer Fidèle knows. */
	public Optional<Long> customerOfLink(String token) {
		return verified(token).filter(parts -> inWindow(parts[1], Duration.ofMinutes(LINK_MINUTES)))
			.flatMap(parts -> customers.idByReference(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8)));
	}

	/** The value of the cookie that keeps {@code customerId} signed in. */
	public String cookieFor(long customerId) {
		return sign(ENCODER.encodeToString(Long.toString(customerId).getBytes(StandardCharsets.UTF_8)) + "."
				+ clock.instant().plus(settings.signedInFor()).getEpochSecond());
	}

	/** The customer a cookie keeps signed in, if it is genuine and unexpired. */
	public Optional<Long> customerOfCookie(String cookie) {
		return verified(cookie).filter(parts -> inWindow(parts[1], settings.signedInFor()))
			.map(parts -> Long.parseLong(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8)));
	}

	/** Signs {@code reference.expiry} as the company's site does: what its developers reproduce (docs/knowledge.md). */
	public String sign(String payload) {
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The token's two parts (encoded reference, expiry) when its signature is right; empty otherwise. */
	private Optional<String[]> verified(String token) {
		if (!enabled() || token == null || token.length() > 512) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !parts[1].matches("\\d{1,18}")) {
			return Optional.empty();
		}
		try {
			byte[] given = DECODER.decode(parts[2]);
			// in constant time: a signature is not guessed byte by byte
			return MessageDigest.isEqual(given, mac(parts[0] + "." + parts[1])) ? Optional.of(parts) : Optional.empty();
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private boolean inWindow(String expiry, Duration longest) {
		Instant expires = Instant.ofEpochSecond(Long.parseLong(expiry));
		Instant now = clock.instant();
		return expires.isAfter(now) && !expires.isAfter(now.plus(longest));
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(settings.signInSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			// every Java runtime has HmacSHA256, and any non-empty key fits it
			throw new IllegalStateException(e);
		}
	}
}
