package fr.fidele.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as its author writes it: a new one, or the next version of one (its slug then stays). The owner is the
 * author when not named; a language is left out by leaving its title and body empty.
 */
public record ArticleDraft(String slug, String category, Audience audience, Long ownerId, LocalDate reviewOn, List<String> reasons,
		String titleFr, String bodyFr, String titleEn, String bodyEn) {

	public ArticleDraft {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
	}
}
