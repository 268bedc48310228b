package fr.fidele.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A coaching session: who coached whom, when, on what, the evaluations discussed, the actions agreed and their follow-up. */
public record CoachingSession(long id, long advisorId, long coachId, LocalDate heldOn, String topic, List<Long> evaluationIds, String agreedActions,
		LocalDate followUpOn, Instant followedUpAt, String followUpNote) {
}
