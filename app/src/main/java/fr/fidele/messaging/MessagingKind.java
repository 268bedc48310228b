package fr.fidele.messaging;

import java.util.Locale;
import java.util.Optional;

import fr.fidele.customers.Identities;
import fr.fidele.customers.IdentityKind;
import fr.fidele.platform.InvalidFieldException;

/** The networks a messaging channel reaches; SMS and WhatsApp name their authors by phone number. */
public enum MessagingKind {
	SMS, WHATSAPP, FACEBOOK, X, MARKETPLACE, OTHER;

	IdentityKind identityKind() {
		return this == SMS || this == WHATSAPP ? IdentityKind.PHONE : IdentityKind.SOCIAL;
	}

	/**
	 * An author's identity in the customers' normal form: a phone number in E.164, an account as {@code network:handle};
	 * empty when the provider's id cannot be one (a short code), and the author is then unknown.
	 */
	Optional<String> identity(String authorId) {
		String raw = identityKind() == IdentityKind.PHONE ? authorId : name().toLowerCase(Locale.ROOT) + ":" + authorId;
		try {
			return Optional.of(Identities.normalise(identityKind(), raw, "author.id").value());
		}
		catch (InvalidFieldException notAnIdentity) {
			return Optional.empty();
		}
	}
}
