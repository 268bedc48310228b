package fr.fidele.casefile;

import java.io.Serializable;
import java.util.Arrays;

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

	/**
	 * Refuses values below what a company setting can be (negative seconds or days, a resolution window under a day),
	 * naming the threshold: a job started by hand with a mistyped {@value JobExchange#THRESHOLDS_VARIABLE} stops before
	 * it starts anything, instead of writing figures for thresholds the application never shows.
	 */
	public FigureThresholds {
		atLeast("shortAbandonSeconds", shortAbandonSeconds, 0);
		atLeast("targetSeconds", targetSeconds, 0);
		atLeast("resolutionDays", resolutionDays, 1);
		atLeast("recentDays", recentDays, 0);
		if (abandonedCalls == null) {
			throw new IllegalArgumentException("abandonedCalls is required");
		}
	}

	/** The defaults of docs/metrics.md, and the value at stake's default window (a week). */
	public static final FigureThresholds DEFAULTS = new FigureThresholds(5, 20, AbandonedCalls.SHORT_ABANDONS_EXCLUDED, 7, 7);

	/** Read from {@link #toString}'s text; the defaults when there is none. */
	public static FigureThresholds parse(String text) {
		if (text == null || text.isBlank()) {
			return DEFAULTS;
		}
		String[] f = text.strip().split("\\s+");
		if (f.length != 5) {
			throw new IllegalArgumentException("thresholds are five words: shortAbandonSeconds targetSeconds abandonedCalls "
					+ "resolutionDays recentDays, not " + text);
		}
		return new FigureThresholds(number("shortAbandonSeconds", f[0]), number("targetSeconds", f[1]), variant(f[2]),
				number("resolutionDays", f[3]), number("recentDays", f[4]));
	}

	private static int number(String name, String word) {
		try {
			return Integer.parseInt(word);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " is a whole number, not " + word, e);
		}
	}

	private static AbandonedCalls variant(String word) {
		try {
			return AbandonedCalls.valueOf(word);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("abandonedCalls is one of " + Arrays.toString(AbandonedCalls.values())
					+ ", not " + word, e);
		}
	}

	private static void atLeast(String name, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(name + " is at least " + least + ", not " + value);
		}
	}

	@Override
	public String toString() {
		return shortAbandonSeconds + " " + targetSeconds + " " + abandonedCalls + " " + resolutionDays + " " + recentDays;
	}
}
