package fr.fidele.casefile;

import java.time.LocalDate;

/**
 * Which customers a churn model follows and over which days of their tenure: by default everyone over their whole
 * relationship; with a segment, only its customers; with a calendar period, each customer from the later of their
 * start and the first day of the period (late entry: the days before are not theirs to survive in this analysis)
 * up to the earlier of their end and the last day of the period, a departure counting only when it falls inside.
 * Exposures keep their meaning: a contact before the period still counts as having been through it.
 *
 * @param entry   day of tenure the follow-up starts, NaN for a customer left out
 * @param exit    day of tenure it ends
 * @param churned whether it ends with the customer leaving
 */
public record FollowUp(double[] entry, double[] exit, boolean[] churned) {

	/** Everyone, over their whole relationship. */
	public static FollowUp of(CustomerTable table) {
		return of(table, null, null, null);
	}

	/**
	 * @param segment only its customers (null: all)
	 * @param from the period's first day (null: from each customer's start)
	 * @param to its last day (null: up to each customer's end)
	 */
	public static FollowUp of(CustomerTable table, Segment segment, LocalDate from, LocalDate to) {
		int n = table.size();
		double[] entry = new double[n];
		double[] exit = new double[n];
		boolean[] churned = new boolean[n];
		// Days are counted on the customers' own clock: the period is moved onto it for each customer.
		double first = from == null ? Double.NEGATIVE_INFINITY : from.toEpochDay();
		double toExcluded = to == null ? Double.POSITIVE_INFINITY : to.toEpochDay() + 1;
		for (int i = 0; i < n; i++) {
			int since = table.sinceDay()[i];
			double start = Math.max(0, first - since);
			double end = Math.min(table.followUpDays()[i], toExcluded - since);
			boolean included = (segment == null || table.segment()[i] == segment.ordinal()) && end > start;
			entry[i] = included ? start : Double.NaN;
			exit[i] = end;
			churned[i] = included && table.churned()[i] && table.followUpDays()[i] <= end;
		}
		return new FollowUp(entry, exit, churned);
	}

	public boolean includes(int customer) {
		return !Double.isNaN(entry[customer]);
	}

	/** A copy keeping only the customers of one segment (ordinal), for the models fitted within each segment. */
	public FollowUp within(CustomerTable table, int segment) {
		double[] kept = entry.clone();
		for (int i = 0; i < kept.length; i++) {
			if (table.segment()[i] != segment) {
				kept[i] = Double.NaN;
			}
		}
		return new FollowUp(kept, exit, churned);
	}

	/** How many customers are followed. */
	public int customers() {
		int count = 0;
		for (double e : entry) {
			count += Double.isNaN(e) ? 0 : 1;
		}
		return count;
	}

	/** How many of them leave within their follow-up. */
	public int departures() {
		int count = 0;
		for (boolean c : churned) {
			count += c ? 1 : 0;
		}
		return count;
	}
}
