package fr.fidele.people;

import fr.fidele.quality.Skill;

/** A training module of the catalogue: what it teaches (a skill of the seed's list), in both languages, and how long it takes. */
public record TrainingModule(String code, String titleFr, String titleEn, Skill skill, String descriptionFr, String descriptionEn, int minutes,
		boolean active) {

	public String title(String language) {
		return "en".equals(language) ? titleEn : titleFr;
	}
}
