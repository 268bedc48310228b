package fr.fidele.loyalty;

import fr.fidele.casefile.CallCounts;

/**
 * The integrity of a team (an outsourcer, a site) or a queue: who ended its answered calls, its hang-up rate against
 * everyone's ({@code z}, flagged as for an advisor), and for a queue the contacts offered to it and abandoned.
 *
 * @param offered   live inbound contacts answered or abandoned (queues only; 0 for a team)
 * @param abandoned those the customer gave up on
 */
public record GroupIntegrity(String name, long offered, long abandoned, CallCounts calls, double z,
		AdvisorIntegrity.Verdict verdict) {

	public double abandonRate() {
		return offered == 0 ? Double.NaN : (double) abandoned / offered;
	}
}
