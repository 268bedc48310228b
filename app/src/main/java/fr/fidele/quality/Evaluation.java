package fr.fidele.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A contact scored with one version of a grid, and what the advisor made of it: seen, commented, contested once, and
 * the supervisor's answer to the contest ({@code firstScore} is the score before a revision).
 */
public record Evaluation(long id, long gridId, long contactId, Long customerId, long advisorId, long evaluatorId, Long calibrationId,
		ChosenBecause chosenBecause, BigDecimal score, boolean criticalFailed, String comment, Instant evaluatedAt, List<Answer> answers,
		Instant seenAt, String advisorComment, Instant contestedAt, String contestReason, ContestDecision decision, String contestAnswer,
		Instant decidedAt, BigDecimal firstScore) {

	/** The same evaluation with its answers, read apart for a whole list at once. */
	Evaluation withAnswers(List<Answer> read) {
		return new Evaluation(id, gridId, contactId, customerId, advisorId, evaluatorId, calibrationId, chosenBecause, score, criticalFailed, comment,
				evaluatedAt, read, seenAt, advisorComment, contestedAt, contestReason, decision, contestAnswer, decidedAt, firstScore);
	}

	public boolean contested() {
		return contestedAt != null;
	}

	/** Contested and not answered yet. */
	public boolean awaitingDecision() {
		return contestedAt != null && decision == null;
	}
}
