package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.platform.InvalidFieldException;

/**
 * What a valid customer is, checked the same way for the API, the pages and imports: required
 * fields, lengths, language fr or en, amounts with two decimals, a start date not in the future,
 * identities in normal form. A broken rule raises {@link InvalidFieldException} naming the field.
 */
public final class CustomerRules {

	static final int MAX_REFERENCE = 64;
	static final int MAX_NAME = 200;

	private CustomerRules() {
	}

	/** The customer with defaults filled in and identities normalised, or the first broken rule. */
	public static NewCustomer check(NewCustomer c, LocalDate today) {
		if (c.segment() == null) {
			throw new InvalidFieldException("segment", "required");
		}
		if (c.expertise() == null) {
			throw new InvalidFieldException("expertise", "required");
		}
		if (c.customerSince() == null) {
			throw new InvalidFieldException("customerSince", "required");
		}
		if (c.customerSince().isAfter(today)) {
			throw new InvalidFieldException("customerSince", "future");
		}
		return new NewCustomer(text(c.reference(), "reference", MAX_REFERENCE), text(c.name(), "name", MAX_NAME),
				language(c.language() == null ? "fr" : c.language()), c.segment(), c.expertise(),
				money(c.monthlyValue() == null ? BigDecimal.ZERO : c.monthlyValue(), "monthlyValue"), c.customerSince(),
				c.consent() == null ? Consent.NONE : c.consent(), c.notes(),
				c.identities() == null ? List.of() : normalised(c.identities()));
	}

	static List<Identity> normalised(List<Identity> identities) {
		List<Identity> result = new ArrayList<>();
		for (int i = 0; i < identities.size(); i++) {
			Identity identity = identities.get(i);
			Identity normal = Identities.normalise(identity.kind(), identity.value(), "identities[" + i + "]");
			if (!result.contains(normal)) {
				result.add(normal);
			}
		}
		return result;
	}

	static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (value.length() > max) {
			throw new InvalidFieldException(field, "tooLong", max);
		}
		return value.trim();
	}

	static String language(String language) {
		if (!"fr".equals(language) && !"en".equals(language)) {
			throw new InvalidFieldException("language", "frOrEn");
		}
		return language;
	}

	static BigDecimal money(BigDecimal value, String field) {
		if (value.signum() < 0) {
			throw new InvalidFieldException(field, "negative");
		}
		if (value.scale() > 2 || value.precision() - value.scale() > 10) {
			throw new InvalidFieldException(field, "money");
		}
		return value;
	}
}
