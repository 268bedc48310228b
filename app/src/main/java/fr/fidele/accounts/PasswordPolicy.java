package fr.fidele.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import fr.fidele.platform.InvalidFieldException;

/**
 * What a new password must be, after NIST SP 800-63B and ANSSI's advice: long rather than complicated (12 characters
 * at least, no rule on digits or symbols), and not one that attackers try first: not among the 43,940 long passwords
 * most common in leaks (shipped with Fidèle, see {@code common-passwords.README.md}), not the user name, not one
 * character repeated. At most 72 bytes, what the password hash (bcrypt) reads.
 */
public final class PasswordPolicy {

	public static final int SHORTEST = 12;
	static final int LONGEST_BYTES = 72;
	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** Refuses {@code password} for {@code username}, naming {@code field}, unless it follows the policy. */
	public static void check(String field, String username, String password) {
		if (password == null || password.isEmpty()) {
			throw new InvalidFieldException(field, "required");
		}
		if (password.codePointCount(0, password.length()) < SHORTEST) {
			throw new InvalidFieldException(field, "passwordShort", SHORTEST);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
			throw new InvalidFieldException(field, "passwordLong", LONGEST_BYTES);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.codePoints().distinct().count() == 1) {
			throw new InvalidFieldException(field, "passwordCommon");
		}
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw new InvalidFieldException(field, "passwordHasUsername");
		}
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(65_536);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt.gz")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt.gz is missing from the application");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				passwords.add(line);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return passwords;
	}
}
