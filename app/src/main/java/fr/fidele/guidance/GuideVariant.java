package fr.fidele.guidance;

import fr.fidele.customers.Expertise;

/** A version's words for one expertise level and one language, in Markdown ({@link GuideText}). */
public record GuideVariant(Expertise expertise, String language, String body) {

	public GuideText text() {
		return GuideText.of(body);
	}
}
