package fr.fidele.feedback;

import java.util.Map;

/**
 * One question of a survey, in both languages.
 *
 * @param position its place, from 1
 * @param required whether an answer without it is refused (when it is asked)
 * @param shownIf when it is asked only after some answers to an earlier question (field questionnaires); null: always
 */
public record SurveyQuestion(int position, SurveyMeasure measure, String textFr, String textEn, boolean required, Branch shownIf) {

	/** Asked only when the score given to the question at {@code question} lies between {@code lowest} and {@code highest}. */
	public record Branch(Integer question, Integer lowest, Integer highest) {

		boolean holds(Map<Integer, Integer> scores) {
			Integer score = scores.get(question);
			return score != null && score >= lowest && score <= highest;
		}
	}

	/** The question in {@code language} (fr or en). */
	public String text(String language) {
		return "en".equals(language) ? textEn : textFr;
	}

	/** Whether the question is asked, given the scores by position answered so far. */
	public boolean asked(Map<Integer, Integer> scores) {
		return shownIf == null || shownIf.holds(scores);
	}
}
