package fr.fidele.people;

/**
 * A module an advisor should follow, and why: their evaluations on the criteria observing its skill average
 * {@code meanPercent} on {@code answers} answers, below {@value Training#WEAK_BELOW} %.
 */
public record Recommendation(TrainingModule module, double meanPercent, long answers) {
}
