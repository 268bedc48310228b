package fr.fidele.customers;

import java.util.List;

/**
 * What the customer search box matches a customer on: name, reference, e-mails and phone
 * numbers, folded to lower case without accents. Phone numbers appear both as E.164 digits and
 * in French national form, so {@code 0612345678} and {@code +33 6 12 34 56 78} both find them.
 * Bulk loaders call it too, so that every customer is found the same way.
 */
public final class SearchText {

	private SearchText() {
	}

	public static String of(String reference, String name, List<Identity> identities) {
		StringBuilder text = new StringBuilder(Identities.folded(name)).append(' ').append(Identities.folded(reference));
		for (Identity identity : identities) {
			text.append(' ').append(identity.value());
			if (identity.kind() == IdentityKind.PHONE) {
				text.append(' ').append(identity.value().substring(1));
				if (identity.value().startsWith("+33")) {
					text.append(" 0").append(identity.value().substring(3));
				}
			}
		}
		return text.toString();
	}

	/** The folded form of what someone typed: digits only when it looks like a phone number. */
	static String query(String typed) {
		String trimmed = typed.trim();
		if (trimmed.matches("[+\\d\\s.()/-]{4,}")) {
			return trimmed.replaceAll("\\D", "");
		}
		return Identities.folded(trimmed);
	}
}
