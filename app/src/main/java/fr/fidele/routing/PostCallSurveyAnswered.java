package fr.fidele.routing;

import java.time.Instant;
import java.util.List;

/**
 * The telephone switch played its post-call keypad survey to the caller of a call Fidèle routed; {@code keys} are the
 * scores they keyed, by question (empty when they hung up without answering). Published inside the switch event's
 * transaction, so that a listener refusing the keys (a score off its question's scale) refuses the event: nothing of
 * it is kept and the switch is told which field is wrong.
 *
 * @param surveyId the survey the switch names, or null for the one Fidèle's survey rules choose for the contact
 */
public record PostCallSurveyAnswered(String callId, long contactId, Long surveyId, List<Key> keys, Instant occurredAt) {

	/** The score keyed for the question at {@code question} (its position in the survey). */
	public record Key(int question, int score) {
	}
}
