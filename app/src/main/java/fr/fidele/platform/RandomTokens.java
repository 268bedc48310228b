package fr.fidele.platform;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for public addresses and shared secrets: 192 random bits, URL-safe Base64. */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	public static String next() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
