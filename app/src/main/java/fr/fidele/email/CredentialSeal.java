package fr.fidele.email;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import fr.fidele.platform.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Seals a mailbox's password with AES-256-GCM under the installation's key ({@code fidele.email.credentials-key}), so
 * that a copy of the database (a backup, a dump sent for support) does not give away the mailboxes. Each seal has its
 * own random nonce, stored in front of the ciphertext.
 */
@Component
class CredentialSeal {

	private static final int NONCE = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	CredentialSeal(EmailProperties settings) {
		this.key = settings.credentialsKey() == null || settings.credentialsKey().isBlank() ? null
				: new SecretKeySpec(decoded(settings.credentialsKey()), "AES");
	}

	byte[] seal(String secret) {
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
	}

	String open(byte[] sealed) {
		byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE);
		byte[] opened = run(Cipher.DECRYPT_MODE, nonce, java.util.Arrays.copyOfRange(sealed, NONCE, sealed.length));
		return new String(opened, StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, byte[] nonce, byte[] input) {
		if (key == null) {
			throw new ConflictException("noCredentialsKey");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException e) {
			// a changed key, or a sealed value altered in the database
			throw new IllegalStateException("a mailbox password cannot be opened with this credentials key", e);
		}
	}

	private static byte[] decoded(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64.strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("fidele.email.credentials-key must be 32 bytes in Base64 (openssl rand -base64 32)");
		}
		return bytes;
	}
}
