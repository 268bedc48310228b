package fr.fidele.loyalty;

import fr.fidele.casefile.FigureThresholds;

/**
 * The assumptions that turn churn into money and word of mouth, each with its default. A director
 * sees and edits them; the figures the seeds quote are the defaults.
 */
public enum Assumption {
	/** Yearly cost of keeping a customer, in euros. */
	KEEPING_COST(40),
	/** Winning a new customer costs this many times keeping one ("six to seven times"). */
	ACQUISITION_MULTIPLE(6.5),
	/** Months of revenue a departure loses. */
	REVENUE_MONTHS(12),
	/** People an unhappy customer tells ("15 to 20"). */
	UNHAPPY_REACH(16),
	/** People a happy customer tells ("9 to 12"). */
	HAPPY_REACH(9),
	/** A customer with this many contacts ... */
	AT_RISK_CONTACTS(2),
	/** ... within this many days is at risk. */
	AT_RISK_DAYS(FigureThresholds.DEFAULTS.recentDays());

	private final double defaultValue;

	Assumption(double defaultValue) {
		this.defaultValue = defaultValue;
	}

	public double defaultValue() {
		return defaultValue;
	}
}
