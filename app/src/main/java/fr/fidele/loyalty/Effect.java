package fr.fidele.loyalty;

import fr.fidele.casefile.Experience;
import fr.fidele.stats.survival.CoxResult;

/**
 * What having been through something does to churn: the hazard ratio of customers who had it
 * against comparable customers who had not (yet), with its 95% interval.
 *
 * @param term what the customer went through: an {@link Experience}, a channel, a reason...
 * @param exposed customers who went through it at least once during their follow-up
 * @param exposedChurned those of them who left afterwards
 */
public record Effect(String term, double hazardRatio, double lower, double upper, double pValue, int exposed,
		int exposedChurned) {

	/** The level of every interval shown. */
	private static final double LEVEL = 0.95;

	/** The effect of the {@code c}-th term of {@code fit}, with the customers it rests on. */
	static Effect of(CoxResult fit, int c, int exposed, int exposedChurned) {
		return new Effect(fit.terms().get(c), fit.hazardRatio(c), fit.hazardRatioLower(c, LEVEL), fit.hazardRatioUpper(c, LEVEL),
				fit.pValue(c), exposed, exposedChurned);
	}

	/** What the interval allows one to say. */
	public enum Reading {
		/** The whole interval is above 1. */
		LOSES,
		/** The whole interval is below 1. */
		KEEPS,
		/** The interval contains 1: no established effect. */
		UNCLEAR
	}

	public Reading reading() {
		return lower > 1 ? Reading.LOSES : upper < 1 ? Reading.KEEPS : Reading.UNCLEAR;
	}

	/**
	 * Departures among the exposed that the exposure caused, if the ratio is causal: the
	 * attributable fraction among the exposed, (HR - 1) / HR, times their departures. Zero for an
	 * exposure that does not raise churn.
	 */
	public double attributableDepartures() {
		return hazardRatio > 1 ? exposedChurned * (hazardRatio - 1) / hazardRatio : 0;
	}

	/** The change in churn risk, in percent, rounded: 2.0 is +100, 0.85 is 15 (downwards). */
	public long percentChange() {
		return Math.round(Math.abs(hazardRatio - 1) * 100);
	}
}
