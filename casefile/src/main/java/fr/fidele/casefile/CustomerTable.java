package fr.fidele.casefile;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The customers of the churn models, column-wise, one entry per customer: how long each is followed (days, up to
 * the end of the day they left or else the analysis date), whether they left, their segment, their first day
 * ({@code sinceDay}, an epoch day, so that a calendar period can be cut), and {@code firstDay[e]}, the day of their
 * tenure they first went through each exposure (NaN: never); {@code ids} ascending, for exposures read apart.
 * Built by the application's scan over every customer and by the Spark jobs over a range of them, with one
 * {@link Builder}.
 */
public record CustomerTable(int size, double[] followUpDays, boolean[] churned, int[] segment, int[] sinceDay,
		double[][] firstDay, long[] ids) implements Serializable {

	private static final double SECONDS_PER_DAY = 86_400;

	/** The same customers with other exposure columns. */
	public CustomerTable withColumns(double[][] columns) {
		return new CustomerTable(size, followUpDays, churned, segment, sinceDay, columns, ids);
	}

	/** The customer's row, or -1 when they are not in the table. */
	public int rowOf(long id) {
		int found = Arrays.binarySearch(ids, id);
		return found < 0 ? -1 : found;
	}

	/**
	 * The day of the customer's tenure an instant falls on (fractional): day 0 starts at midnight of their first day
	 * in the time zone the table was built in.
	 */
	public double dayOfTenure(int row, double epochSeconds, ZoneId zone) {
		return (epochSeconds - midnight(sinceDay[row], zone)) / SECONDS_PER_DAY;
	}

	public int churnedCount() {
		int count = 0;
		for (boolean c : churned) {
			count += c ? 1 : 0;
		}
		return count;
	}

	/**
	 * The month's customers of {@code segment} (null: every segment) for the trends: those present on its first day,
	 * and of those the ones who left during it.
	 */
	public long[] presentAndLeft(Segment segment, YearMonth month) {
		long start = month.atDay(1).toEpochDay();
		long end = month.plusMonths(1).atDay(1).toEpochDay();
		long present = 0;
		long left = 0;
		for (int i = 0; i < size; i++) {
			if (segment != null && this.segment[i] != segment.ordinal()) {
				continue;
			}
			long since = sinceDay[i];
			// The follow-up ends the day after the last day as a customer.
			long lastDay = since + (long) followUpDays[i] - 1;
			if (since <= start && lastDay >= start) {
				present++;
				left += churned[i] && lastDay < end ? 1 : 0;
			}
		}
		return new long[] { present, left };
	}

	/**
	 * The value at stake's word of mouth: the customers who went through any of the exposures of columns
	 * {@code harmful} (unhappy), and of the others those who went through {@code resolved} (happy).
	 */
	public long[] unhappyAndHappy(int[] harmful, int resolved) {
		long unhappy = 0;
		long happy = 0;
		for (int i = 0; i < size; i++) {
			boolean hurt = false;
			for (int column : harmful) {
				hurt |= !Double.isNaN(firstDay[column][i]);
			}
			unhappy += hurt ? 1 : 0;
			happy += !hurt && !Double.isNaN(firstDay[resolved][i]) ? 1 : 0;
		}
		return new long[] { unhappy, happy };
	}

	private static double midnight(int epochDay, ZoneId zone) {
		return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
	}

	/**
	 * Adds the customers who started before the analysis date, in id order, with the earliest arrival (epoch
	 * seconds, +∞ for none) of a contact that gave each exposure. A customer's day 0 starts at midnight of their
	 * first day in {@code zone}: the server's, as PostgreSQL's sessions count it.
	 */
	public static final class Builder {

		private final int day;
		private final ZoneId zone;
		private final double[] followUp;
		private final boolean[] churned;
		private final int[] segment;
		private final int[] since;
		private final long[] ids;
		private final double[][] firstDay;
		private int size;

		/** Room for {@code capacity} customers, each with {@code exposures} columns. */
		public Builder(LocalDate asOf, ZoneId zone, int capacity, int exposures) {
			this.day = Math.toIntExact(asOf.toEpochDay());
			this.zone = zone;
			this.followUp = new double[capacity];
			this.churned = new boolean[capacity];
			this.segment = new int[capacity];
			this.since = new int[capacity];
			this.ids = new long[capacity];
			this.firstDay = new double[exposures][capacity];
		}

		/** Whether a customer who started on {@code sinceDay} is followed: they started before the analysis date. */
		public boolean follows(int sinceDay) {
			return sinceDay < day;
		}

		/**
		 * Adds a customer the table {@link #follows}: {@code earliest[offset + e]} is the arrival of the first contact
		 * that gave exposure e. {@code churnDay} is -1 for a customer who stays.
		 */
		public void add(long id, int segmentOrdinal, int sinceDay, int churnDay, double[] earliest, int offset) {
			// Followed up to the end of the day they left, or else up to the analysis date.
			followUp[size] = (churnDay >= 0 ? churnDay + 1 : day) - sinceDay;
			churned[size] = churnDay >= 0;
			segment[size] = segmentOrdinal;
			since[size] = sinceDay;
			ids[size] = id;
			double midnight = midnight(sinceDay, zone);
			for (int e = 0; e < firstDay.length; e++) {
				double at = earliest[offset + e];
				firstDay[e][size] = at == Double.POSITIVE_INFINITY ? Double.NaN : (at - midnight) / SECONDS_PER_DAY;
			}
			size++;
		}

		public CustomerTable build() {
			if (size == ids.length) {
				return new CustomerTable(size, followUp, churned, segment, since, firstDay, ids);
			}
			double[][] columns = new double[firstDay.length][];
			for (int e = 0; e < columns.length; e++) {
				columns[e] = Arrays.copyOf(firstDay[e], size);
			}
			return new CustomerTable(size, Arrays.copyOf(followUp, size), Arrays.copyOf(churned, size),
					Arrays.copyOf(segment, size), Arrays.copyOf(since, size), columns, Arrays.copyOf(ids, size));
		}
	}
}
