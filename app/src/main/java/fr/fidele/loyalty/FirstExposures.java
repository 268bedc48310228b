package fr.fidele.loyalty;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import fr.fidele.casefile.CustomerTable;

/**
 * For each key (a value an answer was about, a theme written of), the day of tenure each customer of the table first had
 * it, NaN where never: the columns of time-varying terms "has had it" that a breakdown adds to the experience model.
 */
final class FirstExposures {

	private final CustomerTable table;
	private final Map<String, double[]> firstDays;

	/** Fills {@code firstDays} (a map the caller chooses, for its order). */
	FirstExposures(CustomerTable table, Map<String, double[]> firstDays) {
		this.table = table;
		this.firstDays = firstDays;
	}

	/** The customer had {@code key} at this moment (epoch seconds); a customer not in the table is left out. */
	void had(String key, long customerId, double epochSeconds) {
		int row = table.rowOf(customerId);
		if (row < 0) {
			return;
		}
		double[] first = firstDays.computeIfAbsent(key, absent -> {
			double[] never = new double[table.size()];
			Arrays.fill(never, Double.NaN);
			return never;
		});
		double day = table.dayOfTenure(row, epochSeconds, ZoneId.systemDefault());
		if (Double.isNaN(first[row]) || day < first[row]) {
			first[row] = day;
		}
	}

	Map<String, double[]> firstDays() {
		return firstDays;
	}
}
