package fr.fidele.loyalty;

/**
 * What an experience does to churn: the hazard ratio of customers who had it against those who had
 * not (yet), adjusted for the other experiences and the segment, with its 95% interval.
 *
 * @param exposed customers who had the experience at least once
 */
public record ExperienceEffect(Experience experience, double hazardRatio, double lower, double upper, double pValue,
		int exposed) {
}
