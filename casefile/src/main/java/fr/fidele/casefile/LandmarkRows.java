package fr.fidele.casefile;

import java.io.Serializable;
import java.util.Arrays;
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

	/** These rows, then {@code after}'s. */
	public LandmarkRows plus(LandmarkRows after) {
		double[] times = Arrays.copyOf(time, time.length + after.time.length);
		System.arraycopy(after.time, 0, times, time.length, after.time.length);
		boolean[] events = Arrays.copyOf(event, event.length + after.event.length);
		System.arraycopy(after.event, 0, events, event.length, after.event.length);
		int[] groups = Arrays.copyOf(group, group.length + after.group.length);
		System.arraycopy(after.group, 0, groups, group.length, after.group.length);
		return new LandmarkRows(times, events, groups);
	}

	public SurvivalData data() {
		return new SurvivalData(time, event, group, GROUPS);
	}

	private static boolean onLandmark(FollowUp followUp, int customer) {
		return followUp.includes(customer) && followUp.entry()[customer] <= DAYS && followUp.exit()[customer] > DAYS;
	}
}
