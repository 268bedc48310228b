package fr.fidele.feedback;

import java.util.List;

/**
 * A customer answered an invitation (or amended their answer): the scores given, and whom and what it is about, so that
 * the loop can be closed with an unhappy customer and the answers weighed against loyalty.
 *
 * @param customerId null for a visitor
 * @param contactId the contact followed, null for a relational survey
 * @param advisorId the advisor of that contact, when there was one
 */
public record SurveyAnswered(long invitationId, long surveyId, Long customerId, Long contactId, Long advisorId, boolean amended,
		List<Score> scores) {

	/** A scored answer. */
	public record Score(SurveyMeasure measure, int score) {
	}

	/** Whether any score is an unhappy one: a detractor, or a CSAT of 1 or 2. */
	public boolean unhappy() {
		return scores.stream().anyMatch(score -> score.measure().unhappy(score.score()));
	}
}
