package fr.fidele.loyalty;

import fr.fidele.casefile.FigureThresholds;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;

/**
 * The thresholds the service measures depend on, always reported with the figures (docs/metrics.md).
 *
 * @param shortAbandonSeconds callers who hang up after waiting less than this are short abandons, left out of the
 *                            abandonment rate (and of the service level in the {@code SHORT_ABANDONS_EXCLUDED} variant)
 * @param targetSeconds       service-level target: a call answered after waiting at most this long is on time
 * @param abandonedCalls      how abandoned calls enter the service level
 * @param resolutionDays      a contact about the same request within this many days means the first one did not
 *                            resolve it
 */
public record MeasureSettings(int shortAbandonSeconds, int targetSeconds, AbandonedCalls abandonedCalls,
		int resolutionDays) {

	/** Refuses thresholds outside sensible bounds, naming the parameter. */
	public MeasureSettings {
		within("shortAbandonSeconds", shortAbandonSeconds, 0, FigureThresholds.MAX_SECONDS);
		within("targetSeconds", targetSeconds, 0, FigureThresholds.MAX_SECONDS);
		within("resolutionDays", resolutionDays, 1, FigureThresholds.MAX_RESOLUTION_DAYS);
		if (abandonedCalls == null) {
			throw new InvalidFieldException("abandonedCalls", "required");
		}
	}

	/**
	 * The defaults of docs/metrics.md, which the Spark job shares ({@link FigureThresholds#DEFAULTS}): 5 s short abandons,
	 * 20 s target, 7 days; abandons after the short-abandon threshold count as misses, the variant consistent with the
	 * abandonment rate, which neither flatters the figure by ignoring every abandon nor penalizes misdials.
	 */
	public static MeasureSettings defaults() {
		return of(FigureThresholds.DEFAULTS);
	}

	/** The measures' part of {@code thresholds}. */
	static MeasureSettings of(FigureThresholds thresholds) {
		return new MeasureSettings(thresholds.shortAbandonSeconds(), thresholds.targetSeconds(), thresholds.abandonedCalls(),
				thresholds.resolutionDays());
	}

	/** These settings, and the value at stake's window of {@code recentDays}, as the Spark job takes them. */
	FigureThresholds withRecentDays(int recentDays) {
		return new FigureThresholds(shortAbandonSeconds, targetSeconds, abandonedCalls, resolutionDays, recentDays);
	}

	private static void within(String field, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidFieldException(field, "between", min, max);
		}
	}
}
