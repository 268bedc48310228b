package fr.fidele.loyalty;

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
final class CountingProcess {

	private static final int SEGMENTS = 3;

	private CountingProcess() {
	}

	/**
	 * @param columns which exposures of the table become covariates, in this order
	 * @param terms their names
	 * @param followUp which customers take part, over which days
	 */
	static CoxData of(CustomerExperiences.Table table, int[] columns, List<String> terms, FollowUp followUp) {
		double[][] first = new double[columns.length][];
		for (int c = 0; c < columns.length; c++) {
			first[c] = table.firstDay()[columns[c]];
		}
		double[] switches = new double[columns.length];
		int rows = 0;
		for (int i = 0; i < table.size(); i++) {
			if (followUp.includes(i)) {
				rows += 1 + distinctSwitches(first, i, followUp.entry()[i], followUp.exit()[i], switches);
			}
		}
		double[] start = new double[rows];
		double[] stop = new double[rows];
		boolean[] event = new boolean[rows];
		int[] stratum = new int[rows];
		double[][] covariates = new double[columns.length][rows];
		int r = 0;
		for (int i = 0; i < table.size(); i++) {
			if (!followUp.includes(i)) {
				continue;
			}
			int count = distinctSwitches(first, i, followUp.entry()[i], followUp.exit()[i], switches);
			double from = followUp.entry()[i];
			for (int s = 0; s <= count; s++) {
				double to = s < count ? switches[s] : followUp.exit()[i];
				start[r] = from;
				stop[r] = to;
				event[r] = s == count && followUp.churned()[i];
				stratum[r] = table.segment()[i];
				for (int c = 0; c < columns.length; c++) {
					covariates[c][r] = first[c][i] <= from ? 1 : 0;
				}
				from = to;
				r++;
			}
		}
		return new CoxData(start, stop, event, stratum, SEGMENTS, covariates, terms);
	}

	/** Sorted distinct moments strictly inside the follow-up where an exposure switches on; returns how many. */
	private static int distinctSwitches(double[][] first, int i, double entry, double exit, double[] out) {
		int count = 0;
		for (double[] column : first) {
			double day = column[i];
			if (day > entry && day < exit) {
				out[count++] = day;
			}
		}
		Arrays.sort(out, 0, count);
		int distinct = 0;
		for (int s = 0; s < count; s++) {
			if (distinct == 0 || out[s] > out[distinct - 1]) {
				out[distinct++] = out[s];
			}
		}
		return distinct;
	}
}
