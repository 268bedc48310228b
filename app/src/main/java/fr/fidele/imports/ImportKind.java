package fr.fidele.imports;

/** The files Fidèle imports: two generic CSV layouts with a column mapping, and two known data sets. */
public enum ImportKind {
	CUSTOMERS("customers"), TELCO_CHURN("telco-churn"), CONTACTS("contacts"), BANK_CALLCENTER("bank-callcenter");

	private final String slug;

	ImportKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static ImportKind fromSlug(String slug) {
		for (ImportKind kind : values()) {
			if (kind.slug.equals(slug)) {
				return kind;
			}
		}
		throw new fr.fidele.platform.InvalidFieldException("kind",
				"unknown import kind " + slug + " (customers, telco-churn, contacts, bank-callcenter)");
	}
}
