package fr.fidele.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** An e-mail address as a person types it: one mailbox, no display name, checked by Jakarta Mail's strict parser. */
public final class EmailAddress {

	/** RFC 5321's longest forward path, less its angle brackets. */
	private static final int LONGEST = 254;

	private EmailAddress() {
	}

	/** The address without its surrounding spaces, or a refusal naming {@code field}. */
	public static String check(String field, String typed) {
		String address = typed.strip();
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			if (address.length() > LONGEST || parsed.getPersonal() != null || !address.equals(parsed.getAddress())
					|| address.indexOf('@') < 1) {
				throw new AddressException(address);
			}
			return address;
		}
		catch (AddressException refused) {
			throw new InvalidFieldException(field, "email", address);
		}
	}
}
