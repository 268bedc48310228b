package fr.fidele.people;

import java.time.LocalDate;
import java.util.List;

/** A coaching session as the coach records it. */
public record NewCoachingSession(Long advisorId, LocalDate heldOn, String topic, List<Long> evaluationIds, String agreedActions, LocalDate followUpOn) {
}
