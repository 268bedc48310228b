package fr.fidele.platform;

import fr.fidele.stats.measures.Proportion;

/**
 * A share of {@code of} texts or answers with its 95% Wilson interval ({@code Proportion}); value and bounds are null
 * when there is nothing to share.
 */
public record Share(long count, long of, Double value, Double lower, Double upper) {

	private static final double LEVEL = 0.95;

	public static Share of(long count, long of) {
		if (of == 0) {
			return new Share(count, of, null, null, null);
		}
		Proportion share = new Proportion(count, of);
		return new Share(count, of, share.value(), share.lower(LEVEL), share.upper(LEVEL));
	}
}
