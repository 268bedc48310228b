package fr.fidele.casefile;

import java.util.List;

import fr.fidele.stats.survival.CoxData;

/**
 * The naive comparison the retention report sets beside the time-varying model, to show what it avoids: whether a
 * customer went through an exposure at any time of their follow-up, as if they had from its start, one row per
 * customer. It credits the exposure with the days the customer had to stay to go through it (immortal-time bias).
 */
public final class EverExposed {

	/** The term of the naive comparison of having contacted the service. */
	public static final String EVER_CONTACTED = "EVER_CONTACTED";

	private EverExposed() {
	}

	/** The rows of {@code followUp}'s customers: right-censored when none enters late, counting-process otherwise. */
	public static CoxData rows(CustomerTable table, FollowUp followUp, int column, String term) {
		int n = followUp.customers();
		double[] start = new double[n];
		double[] stop = new double[n];
		boolean[] event = new boolean[n];
		int[] stratum = new int[n];
		double[] ever = new double[n];
		boolean lateEntry = false;
		int r = 0;
		for (int i = 0; i < table.size(); i++) {
			if (!followUp.includes(i)) {
				continue;
			}
			start[r] = followUp.entry()[i];
			lateEntry |= start[r] > 0;
			stop[r] = followUp.exit()[i];
			event[r] = followUp.churned()[i];
			stratum[r] = table.segment()[i];
			ever[r] = table.firstDay()[column][i] < followUp.exit()[i] ? 1 : 0;
			r++;
		}
		// Without late entry the data are right-censored, which the Cox fit handles on its faster path.
		return new CoxData(lateEntry ? start : null, stop, event, stratum, Segment.values().length, new double[][] { ever },
				List.of(term));
	}
}
