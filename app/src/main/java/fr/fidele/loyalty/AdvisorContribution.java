package fr.fidele.loyalty;

/**
 * An advisor's contribution to loyalty: how many of the customers they served left within
 * {@value AdvisorContributions#WINDOW_DAYS} days, against how many were expected to given their
 * case mix, as a ratio (1: as expected; above 1: more departures), shrunk toward the team so that an
 * advisor with few contacts is not ranked on noise, with its 95% interval.
 *
 * @param observed departures within the window after the advisor's contacts
 * @param expected departures expected from the case mix of those contacts
 * @param rawRatio observed / expected, before shrinkage
 * @param teamRatio the team's observed / expected, toward which the ratio is shrunk
 * @param ratio the shrunk ratio the ranking uses, between the raw ratio and the team's; NaN below the minimum volume
 */
public record AdvisorContribution(long advisorId, String username, String name, Long teamId, String team, long contacts,
		long observed, double expected, double rawRatio, double teamRatio, double ratio, double lower, double upper,
		boolean enoughContacts) {
}
