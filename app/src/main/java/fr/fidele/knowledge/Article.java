package fr.fidele.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as it stands (its latest version): where it belongs, who reads it, who answers for it and when it is to
 * be read again, and its words in French and English (null where it has no such language), in Markdown.
 */
public record Article(long id, String slug, String category, Audience audience, long ownerId, LocalDate reviewOn, List<String> reasons,
		int version, String titleFr, String bodyFr, String titleEn, String bodyEn, Instant writtenAt) {

	public boolean has(String language) {
		return ("en".equals(language) ? titleEn : titleFr) != null;
	}

	/** The language to show to a reader of {@code language}: theirs when the article has it, else the one it has. */
	public String languageFor(String language) {
		String wanted = "en".equals(language) ? "en" : "fr";
		return has(wanted) ? wanted : ("en".equals(wanted) ? "fr" : "en");
	}

	public String title(String language) {
		return "en".equals(languageFor(language)) ? titleEn : titleFr;
	}

	public String body(String language) {
		return "en".equals(languageFor(language)) ? bodyEn : bodyFr;
	}

	/** Its review date has come: the owner should read it again. */
	public boolean reviewDue(LocalDate today) {
		return !reviewOn.isAfter(today);
	}
}
