package fr.fidele.customers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.fidele.platform.InvalidFieldException;

/**
 * Normal forms of identities, so that the same e-mail or phone number typed differently on two
 * channels finds the same customer: e-mails lower-cased, phone numbers in E.164 (French national
 * numbers such as {@code 06 12 34 56 78} become {@code +33612345678}), social handles lower-cased
 * as {@code network:handle}.
 */
public final class Identities {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern SOCIAL = Pattern.compile("^[a-z]+:@?[\\p{L}\\p{N}._-]{1,64}$");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Identities() {
	}

	public static Identity normalise(IdentityKind kind, String raw, String field) {
		if (kind == null) {
			throw new InvalidFieldException(field + ".kind", "identityKind");
		}
		String value = raw == null ? "" : raw.trim();
		return switch (kind) {
			case EMAIL -> new Identity(kind, email(value, field));
			case PHONE -> new Identity(kind, phone(value, field));
			case SOCIAL -> new Identity(kind, social(value, field));
		};
	}

	private static String email(String value, String field) {
		String email = value.toLowerCase(Locale.ROOT);
		if (!EMAIL.matcher(email).matches()) {
			throw new InvalidFieldException(field + ".value", "notEmail", value);
		}
		return email;
	}

	/** E.164: a national number starting with a single 0 is read as French (+33). */
	public static String phone(String value, String field) {
		String digits = value.replaceAll("[\\s.()/-]", "");
		if (digits.startsWith("00")) {
			digits = "+" + digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			digits = "+33" + digits.substring(1);
		}
		if (!digits.matches("\\+[1-9]\\d{6,14}")) {
			throw new InvalidFieldException(field + ".value", "notPhone", value);
		}
		return digits;
	}

	private static String social(String value, String field) {
		String handle = value.toLowerCase(Locale.ROOT);
		if (!SOCIAL.matcher(handle).matches()) {
			throw new InvalidFieldException(field + ".value", "notSocial", value);
		}
		return handle;
	}

	/** Lower case without accents, the form the search box compares. */
	public static String folded(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}
}
