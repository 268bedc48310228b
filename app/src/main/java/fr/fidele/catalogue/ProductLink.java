package fr.fidele.catalogue;

import fr.fidele.casefile.Segment;

/**
 * A link from a product the customer holds ({@code fromProduct}; null: anyone) to one to suggest, for a contact
 * reason and a segment (null: any), with the reason in plain words the advisor reads.
 */
public record ProductLink(long id, String fromProduct, String toProduct, LinkKind kind, String reasonCode, Segment segment, String whyFr,
		String whyEn) {

	public String why(String language) {
		return "en".equals(language) ? whyEn : whyFr;
	}
}
