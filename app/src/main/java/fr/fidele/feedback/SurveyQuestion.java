package fr.fidele.feedback;

/**
 * One question of a survey, in both languages.
 *
 * @param position its place, from 1
 * @param required whether an answer without it is refused
 */
public record SurveyQuestion(int position, SurveyMeasure measure, String textFr, String textEn, boolean required) {

	/** The question in {@code language} (fr or en). */
	public String text(String language) {
		return "en".equals(language) ? textEn : textFr;
	}
}
