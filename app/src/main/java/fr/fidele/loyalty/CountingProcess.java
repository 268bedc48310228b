package fr.fidele.loyalty;

import java.util.Arrays;
import java.util.List;

import fr.fidele.stats.survival.CoxData;

/**
 * Splits each customer's follow-up at the moments their experiences switch on, giving the
 * {@code (start, stop]} rows of a Cox model with time-varying covariates. Comparing customers by
 * what they will have experienced by the end would credit the experience with the time they had
 * to survive before it happened (immortal-time bias); here a customer counts as exposed only
 * from the day of the contact on.
 */
final class CountingProcess {

	private CountingProcess() {
	}

	static CoxData of(CustomerExperiences.Table table) {
		int k = table.firstDay().length;
		int rows = 0;
		double[] switches = new double[k];
		for (int i = 0; i < table.size(); i++) {
			rows += 1 + distinctSwitches(table, i, switches);
		}
		double[] start = new double[rows];
		double[] stop = new double[rows];
		boolean[] event = new boolean[rows];
		int[] stratum = new int[rows];
		double[][] covariates = new double[k][rows];
		int r = 0;
		for (int i = 0; i < table.size(); i++) {
			int count = distinctSwitches(table, i, switches);
			double from = 0;
			for (int s = 0; s <= count; s++) {
				double to = s < count ? switches[s] : table.followUpDays()[i];
				start[r] = from;
				stop[r] = to;
				event[r] = s == count && table.churned()[i];
				stratum[r] = table.segment()[i];
				for (int e = 0; e < k; e++) {
					double first = table.firstDay()[e][i];
					covariates[e][r] = first <= from ? 1 : 0;
				}
				from = to;
				r++;
			}
		}
		List<String> terms = Arrays.stream(Experience.values()).map(Enum::name).toList();
		return new CoxData(start, stop, event, stratum, 3, covariates, terms);
	}

	/** Sorted distinct moments strictly inside the follow-up where an experience switches on; returns how many. */
	private static int distinctSwitches(CustomerExperiences.Table table, int i, double[] out) {
		int count = 0;
		double end = table.followUpDays()[i];
		for (double[] first : table.firstDay()) {
			double day = first[i];
			if (day > 0 && day < end) {
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
