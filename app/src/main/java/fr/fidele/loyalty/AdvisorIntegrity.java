package fr.fidele.loyalty;

/**
 * One advisor's part in the integrity of the figures: of the phone calls they answered, how many
 * they ended within {@value HangUps#MAX_SECONDS} seconds. {@code z} compares their rate with the
 * pooled rate of all advisors (binomial z-score); an advisor is flagged when {@code z} exceeds
 * {@link IntegrityCheck#FLAG_Z}, and not judged at all below {@link IntegrityCheck#MIN_CALLS} calls.
 */
public record AdvisorIntegrity(long advisorId, String username, String name, long answeredCalls, long hungUp,
		double hangUpRate, double z, Verdict verdict) {

	/** What the figures say about the advisor. */
	public enum Verdict {
		NOT_ENOUGH_CALLS, IN_LINE, FLAGGED
	}
}
