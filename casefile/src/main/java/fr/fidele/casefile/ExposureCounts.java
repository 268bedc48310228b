package fr.fidele.casefile;

import java.io.Serializable;

/**
 * How many customers a churn model follows and how many of them leave, and for each exposure how many went through
 * it within their follow-up and how many of those left. Counted over a whole table in process, over each range of
 * customers on Spark and added up ({@link #plus}): the same integers either way.
 */
public record ExposureCounts(int customers, int departures, int[] exposed, int[] exposedChurned) implements Serializable {

	/** The counts of the {@code columns} of {@code table}, over the customers and days of {@code followUp}. */
	public static ExposureCounts of(CustomerTable table, int[] columns, FollowUp followUp) {
		int customers = 0;
		int departures = 0;
		int[] exposed = new int[columns.length];
		int[] exposedChurned = new int[columns.length];
		for (int i = 0; i < table.size(); i++) {
			if (!followUp.includes(i)) {
				continue;
			}
			double exit = followUp.exit()[i];
			int left = followUp.churned()[i] ? 1 : 0;
			customers++;
			departures += left;
			for (int c = 0; c < columns.length; c++) {
				if (table.firstDay()[columns[c]][i] < exit) {
					exposed[c]++;
					exposedChurned[c] += left;
				}
			}
		}
		return new ExposureCounts(customers, departures, exposed, exposedChurned);
	}

	public ExposureCounts plus(ExposureCounts other) {
		int[] sumExposed = exposed.clone();
		int[] sumChurned = exposedChurned.clone();
		for (int c = 0; c < sumExposed.length; c++) {
			sumExposed[c] += other.exposed[c];
			sumChurned[c] += other.exposedChurned[c];
		}
		return new ExposureCounts(customers + other.customers, departures + other.departures, sumExposed, sumChurned);
	}

	/**
	 * Whether the exposure of column {@code c} can be estimated: some customer followed left after having it. One
	 * nobody has had yet (no survey answered), or that no one who had it has left, has no finite ratio and would make
	 * the whole model impossible to fit: it is left out.
	 */
	public boolean estimable(int c) {
		return exposedChurned[c] > 0;
	}
}
