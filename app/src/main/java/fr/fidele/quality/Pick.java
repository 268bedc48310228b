package fr.fidele.quality;

import java.time.LocalDate;

/** A contact drawn for evaluation, and its evaluation once written (null until then). */
public record Pick(long contactId, long advisorId, LocalDate month, ChosenBecause reason, Long evaluationId) {
}
