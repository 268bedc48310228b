package fr.fidele.casefile;

import java.io.Serializable;

import fr.fidele.stats.measures.CallRecords.AbandonedCalls;

/**
 * The thresholds the Spark job's service measures and value at stake depend on, the company's as the application holds
 * them, given to the job in {@value JobExchange#THRESHOLDS_VARIABLE} and written back beside its figures, so that the
 * application shows them only for these thresholds.
 *
 * @param shortAbandonSeconds callers who hang up sooner are short abandons
 * @param targetSeconds       the service level's target
 * @param abandonedCalls      how abandoned calls enter the service level
 * @param resolutionDays      the window of first-contact resolution
 * @param recentDays          the value at stake counts each customer's contacts of this many days before the analysis
 *                            date, and of that day
 */
public record FigureThresholds(int shortAbandonSeconds, int targetSeconds, AbandonedCalls abandonedCalls, int resolutionDays,
		int recentDays) implements Serializable {

	/** The defaults of docs/metrics.md, and the value at stake's default window (a week). */
	public static final FigureThresholds DEFAULTS = new FigureThresholds(5, 20, AbandonedCalls.SHORT_ABANDONS_EXCLUDED, 7, 7);

	/** Read from {@link #toString}'s text; the defaults when there is none. */
	public static FigureThresholds parse(String text) {
		if (text == null || text.isBlank()) {
			return DEFAULTS;
		}
		String[] f = text.strip().split(" ");
		if (f.length != 5) {
			throw new IllegalArgumentException("thresholds are five words: shortAbandonSeconds targetSeconds abandonedCalls "
					+ "resolutionDays recentDays, not " + text);
		}
		return new FigureThresholds(Integer.parseInt(f[0]), Integer.parseInt(f[1]), AbandonedCalls.valueOf(f[2]),
				Integer.parseInt(f[3]), Integer.parseInt(f[4]));
	}

	@Override
	public String toString() {
		return shortAbandonSeconds + " " + targetSeconds + " " + abandonedCalls + " " + resolutionDays + " " + recentDays;
	}
}
