package fr.fidele.people;

/**
 * What an objective may be on: what the service is for. There is no handle time, wait or call count here, on purpose
 * (seed 002); asking for one is refused.
 */
public enum ObjectiveMeasure {
	/** Share of CSAT answers 4 or 5 about the contacts, in percent. */
	CSAT(true),
	/** Promoters minus detractors among NPS answers about the contacts, in points. */
	NPS(true),
	/** Share of the requests opened (first contact of a case, first leg) resolved at once, in percent. */
	FCR(true),
	/** Mean score of the evaluations, in percent. */
	QUALITY_SCORE(true),
	/** The loyalty tool's contribution ratio (departures observed over expected): lower is better, 1 is as expected. */
	LOYALTY_CONTRIBUTION(false);

	private final boolean higherIsBetter;

	ObjectiveMeasure(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}
}
