package fr.fidele.casefile;

/**
 * A percentile as PostgreSQL's {@code percentile_cont} and R's quantile type 7 take it: at position p·(n − 1) of the
 * sorted values, between the two values around it in proportion. Apart, the two ranks it reads, for values sorted
 * where they cannot all be held (the Spark job).
 */
public final class ContinuousPercentile {

	private ContinuousPercentile() {
	}

	/** The {@code p} percentile of {@code sorted}; null when there are no values. */
	public static Double of(double[] sorted, double p) {
		if (sorted.length == 0) {
			return null;
		}
		return between(p, sorted.length, sorted[(int) below(p, sorted.length)], sorted[(int) above(p, sorted.length)]);
	}

	/** The rank (from 0) of the value at or below the percentile's position among {@code n} values. */
	public static long below(double p, long n) {
		return (long) Math.floor(p * (n - 1));
	}

	/** The rank of the value after it, the last value's at most. */
	public static long above(double p, long n) {
		return Math.min(below(p, n) + 1, n - 1);
	}

	/** The percentile from the values of ranks {@link #below} ({@code low}) and {@link #above} ({@code high}). */
	public static double between(double p, long n, double low, double high) {
		double position = p * (n - 1);
		return low + (position - below(p, n)) * (high - low);
	}
}
