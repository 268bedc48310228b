package fr.fidele.people;

/**
 * A module an advisor should follow, and why: either their evaluations on the criteria observing its skill average
 * {@code meanPercent} on {@code answers} answers, below {@value Training#WEAK_BELOW} % ({@code objective} null), or an
 * objective of theirs on {@code objective} is not reached ({@code meanPercent} its value so far).
 */
public record Recommendation(TrainingModule module, Double meanPercent, long answers, ObjectiveMeasure objective) {
}
