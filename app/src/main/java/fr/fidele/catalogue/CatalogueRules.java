package fr.fidele.catalogue;

import java.util.regex.Pattern;

import fr.fidele.contacts.Reasons;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/** What a product and a link must be before they are saved; each refusal names its field. */
@Component
class CatalogueRules {

	static final int NAME_LENGTH = 200;
	static final int WHY_LENGTH = 500;
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final Reasons reasons;

	CatalogueRules(Reasons reasons) {
		this.reasons = reasons;
	}

	void check(Product product) {
		code("code", product.code());
		text("nameFr", product.nameFr(), NAME_LENGTH);
		text("nameEn", product.nameEn(), NAME_LENGTH);
		if (product.category() != null && product.category().length() > NAME_LENGTH) {
			throw new InvalidFieldException("category", "tooLong", NAME_LENGTH);
		}
	}

	void check(ProductLink link) {
		if (link.fromProduct() != null) {
			code("from", link.fromProduct());
		}
		code("to", link.toProduct());
		if (link.toProduct().equals(link.fromProduct())) {
			throw new InvalidFieldException("to", "linkToItself", link.toProduct());
		}
		if (link.kind() == null) {
			throw new InvalidFieldException("kind", "required");
		}
		if (link.kind() != LinkKind.NEXT_NEED && link.fromProduct() == null) {
			throw new InvalidFieldException("from", "linkNeedsItsProduct", link.kind());
		}
		if (link.reasonCode() != null && reasons.all().stream().noneMatch(reason -> reason.code().equals(link.reasonCode()))) {
			throw new InvalidFieldException("reason", "unknownReason", link.reasonCode());
		}
		text("whyFr", link.whyFr(), WHY_LENGTH);
		text("whyEn", link.whyEn(), WHY_LENGTH);
	}

	private static void code(String field, String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidFieldException(field, "productCode", code);
		}
	}

	private static void text(String field, String value, int length) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (value.length() > length) {
			throw new InvalidFieldException(field, "tooLong", length);
		}
	}
}
