package fr.fidele.quality;

/**
 * The answer to one criterion, by its position in the grid (from 1).
 *
 * @param value the answer (1 to the scale's top, or 1 yes / 0 no), null when not applicable
 */
public record Answer(int position, Integer value, String comment) {
}
