package fr.fidele.casefile;

import java.io.Serializable;
import java.util.List;

import fr.fidele.stats.survival.SurvivalData;

/**
 * The retention report's landmark comparison: the customers still followed on day {@value #DAYS} of their tenure,
 * from that day on, in two groups — those who had contacted the service by then, and the others — for the
 * Kaplan–Meier curves of each. Rows of several ranges of customers, added in id order, are the rows of all of them in
 * the same order, so that the curves are computed alike on a cluster.
 */
public record LandmarkRows(double[] time, boolean[] event, int[] group) implements Serializable {

	/** Tenure day at which the curves split the customers. */
	public static final int DAYS = 90;
	/** The two groups, in their order. */
	public static final List<String> GROUPS = List.of("contacted", "notContacted");

	/** The customers of {@code followUp} still followed on the landmark day, grouped by exposure column {@code contacted}. */
	public static LandmarkRows of(CustomerTable table, FollowUp followUp, int contacted) {
		int atRisk = 0;
		for (int i = 0; i < table.size(); i++) {
			atRisk += onLandmark(followUp, i) ? 1 : 0;
		}
		double[] time = new double[atRisk];
		boolean[] event = new boolean[atRisk];
		int[] group = new int[atRisk];
		int r = 0;
		for (int i = 0; i < table.size(); i++) {
			if (onLandmark(followUp, i)) {
				time[r] = followUp.exit()[i] - DAYS;
				event[r] = followUp.churned()[i];
				group[r] = table.firstDay()[contacted][i] <= DAYS ? 0 : 1;
				r++;
			}
		}
		return new LandmarkRows(time, event, group);
	}

	/** The rows of {@code parts} one after the other, in their order: each copied once. */
	public static LandmarkRows concat(List<LandmarkRows> parts) {
		int size = parts.stream().mapToInt(part -> part.time.length).sum();
		double[] time = new double[size];
		boolean[] event = new boolean[size];
		int[] group = new int[size];
		int at = 0;
		for (LandmarkRows part : parts) {
			int n = part.time.length;
			System.arraycopy(part.time, 0, time, at, n);
			System.arraycopy(part.event, 0, event, at, n);
			System.arraycopy(part.group, 0, group, at, n);
			at += n;
		}
		return new LandmarkRows(time, event, group);
	}

	public SurvivalData data() {
		return new SurvivalData(time, event, group, GROUPS);
	}

	private static boolean onLandmark(FollowUp followUp, int customer) {
		return followUp.includes(customer) && followUp.entry()[customer] <= DAYS && followUp.exit()[customer] > DAYS;
	}
}
