package fr.fidele.quality;

import java.util.List;

/**
 * An evaluation as the evaluator writes it: the grid version, the contact, and one answer per criterion.
 *
 * @param advisorId which of the contact's advisors is evaluated; null: its last
 * @param chosenBecause null: the reason it was drawn for, or {@link ChosenBecause#CHOSEN}
 */
public record NewEvaluation(Long gridId, Long contactId, Long advisorId, ChosenBecause chosenBecause, List<Answer> answers, String comment) {
}
