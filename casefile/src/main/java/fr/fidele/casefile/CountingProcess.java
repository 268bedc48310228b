package fr.fidele.casefile;

import java.util.Arrays;
import java.util.List;

import fr.fidele.stats.survival.CoxData;

/**
 * Splits each customer's follow-up at the moments their exposures switch on, giving the
 * {@code (start, stop]} rows of a Cox model with time-varying covariates. Comparing customers by
 * what they will have been through by the end would credit the exposure with the time they had to
 * survive before it happened (immortal-time bias); here a customer counts as exposed only from
 * the day of the contact on. Strata are the customer segments.
 */
public final class CountingProcess {

	private static final int SEGMENTS = Segment.values().length;

	private CountingProcess() {
	}

	/**
	 * @param columns which exposures of the table become covariates, in this order
	 * @param terms their names
	 * @param followUp which customers take part, over which days
	 */
	public static CoxData of(CustomerTable table, int[] columns, List<String> terms, FollowUp followUp) {
		double[][] first = new double[columns.length][];
		for (int c = 0; c < columns.length; c++) {
			first[c] = table.firstDay()[columns[c]];
		}
		// Each customer's switches found once, side by side, then cut into rows.
		Switches found = Switches.of(first, followUp);
		int rows = found.rows();
		double[] start = new double[rows];
		double[] stop = new double[rows];
		boolean[] event = new boolean[rows];
		int[] stratum = new int[rows];
		double[][] covariates = new double[columns.length][rows];
		int r = 0;
		int next = 0;
		for (int i = 0; i < table.size(); i++) {
			if (!followUp.includes(i)) {
				continue;
			}
			int count = found.count()[i];
			int firstRow = r;
			double from = followUp.entry()[i];
			for (int s = 0; s <= count; s++) {
				double to = s < count ? found.moments()[next + s] : followUp.exit()[i];
				start[r] = from;
				stop[r] = to;
				event[r] = s == count && followUp.churned()[i];
				stratum[r] = table.segment()[i];
				from = to;
				r++;
			}
			for (int c = 0; c < columns.length; c++) {
				exposedFrom(first[c][i], followUp.exit()[i], start, firstRow, r, covariates[c]);
			}
			next += count;
		}
		return new CoxData(start, stop, event, stratum, SEGMENTS, covariates, terms);
	}

	/**
	 * Marks exposed the customer's rows {@code [firstRow, end)} that start on or after the exposure's first day: a
	 * suffix of them, as their starts rise (the day is one of them, or before the entry); none when the day is at or
	 * after the exit, or never came (NaN). The others stay 0, as allocated.
	 */
	private static void exposedFrom(double day, double exit, double[] start, int firstRow, int end, double[] covariate) {
		if (!(day < exit)) {
			return;
		}
		int row = firstRow;
		while (row < end && start[row] < day) {
			row++;
		}
		Arrays.fill(covariate, row, end, 1);
	}

	/**
	 * Every included customer's switches, {@code count[i]} of them, one customer's after another's in {@code moments},
	 * and the rows they make: one more than the switches for each customer.
	 */
	private record Switches(int[] count, double[] moments, int rows) {

		static Switches of(double[][] first, FollowUp followUp) {
			int n = followUp.entry().length;
			int[] count = new int[n];
			double[] moments = new double[Math.max(16, n)];
			double[] scratch = new double[first.length];
			int size = 0;
			int rows = 0;
			for (int i = 0; i < n; i++) {
				if (!followUp.includes(i)) {
					continue;
				}
				int k = distinctSwitches(first, i, followUp.entry()[i], followUp.exit()[i], scratch);
				if (size + k > moments.length) {
					moments = Arrays.copyOf(moments, Math.max(size + k, moments.length + moments.length / 2));
				}
				System.arraycopy(scratch, 0, moments, size, k);
				count[i] = k;
				size += k;
				rows += 1 + k;
			}
			return new Switches(count, moments, rows);
		}
	}

	/**
	 * The moments strictly inside the follow-up where an exposure switches on, sorted and distinct, into {@code out};
	 * returns how many. Kept in order as they come: a customer has a few at most.
	 */
	private static int distinctSwitches(double[][] first, int i, double entry, double exit, double[] out) {
		int count = 0;
		for (double[] column : first) {
			double day = column[i];
			if (!(day > entry && day < exit)) {
				continue;
			}
			int at = count;
			while (at > 0 && out[at - 1] > day) {
				at--;
			}
			if (at > 0 && out[at - 1] == day) {
				continue;
			}
			for (int moved = count; moved > at; moved--) {
				out[moved] = out[moved - 1];
			}
			out[at] = day;
			count++;
		}
		return count;
	}
}
