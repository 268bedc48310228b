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

	/** The longest the seconds thresholds may be (an hour), here and in the application's settings. */
	public static final int MAX_SECONDS = 3_600;
	/** The longest first-contact-resolution window (a year), here and in the application's settings. */
	public static final int MAX_RESOLUTION_DAYS = 365;

	/**
	 * Refuses values a company setting cannot take (negative or above an hour's seconds, a resolution window under a
	 * day or over a year, negative recent days), naming the threshold: a job started by hand with a mistyped
	 * {@value JobExchange#THRESHOLDS_VARIABLE} stops before it starts anything, instead of writing figures for
	 * thresholds the application never shows. The recent days have no upper bound here: the application's assumption
	 * they come from allows any count a director types.
	 */
	public FigureThresholds {
		within("shortAbandonSeconds", shortAbandonSeconds, 0, MAX_SECONDS);
		within("targetSeconds", targetSeconds, 0, MAX_SECONDS);
		within("resolutionDays", resolutionDays, 1, MAX_RESOLUTION_DAYS);
		within("recentDays", recentDays, 0, Integer.MAX_VALUE);
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

	private static void within(String name, int value, int least, int most) {
		if (value < least || value > most) {
			throw new IllegalArgumentException(name + " is " + (most == Integer.MAX_VALUE ? "at least " + least
					: "between " + least + " and " + most) + ", not " + value);
		}
	}

	@Override
	public String toString() {
		return shortAbandonSeconds + " " + targetSeconds + " " + abandonedCalls + " " + resolutionDays + " " + recentDays;
	}
}
