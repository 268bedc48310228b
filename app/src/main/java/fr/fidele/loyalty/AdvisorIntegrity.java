package fr.fidele.loyalty;

import fr.fidele.casefile.CallCounts;

/**
 * One advisor's part in the integrity of the figures: who ended the phone calls they answered (see
 * {@link CallCounts}), and {@code z}, their hang-up rate against the pooled rate of all advisors (binomial
 * z-score). An advisor is flagged when {@code z} exceeds {@link IntegrityCheck#FLAG_Z}, and not judged at all below
 * {@link IntegrityCheck#MIN_CALLS} calls.
 */
public record AdvisorIntegrity(long advisorId, String username, String name, String team, CallCounts calls, double z,
		Verdict verdict) {

	/** What the figures say about an advisor, a team or a queue. */
	public enum Verdict {
		NOT_ENOUGH_CALLS, IN_LINE, FLAGGED
	}

	public long answeredCalls() {
		return calls.answered();
	}

	public long hungUp() {
		return calls.hungUp();
	}

	public double hangUpRate() {
		return calls.hangUpRate();
	}
}
