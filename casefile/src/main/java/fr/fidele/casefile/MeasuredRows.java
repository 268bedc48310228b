package fr.fidele.casefile;

import fr.fidele.stats.measures.CallRecords;
import fr.fidele.stats.measures.ContactHistory;

/**
 * What the {@code stats} service measures take of contacts held as columns: the offered calls, and the request
 * history. Gathered the same way from the application's contacts in memory and from each range of the Spark job.
 */
public final class MeasuredRows {

	private MeasuredRows() {
	}

	/**
	 * The offered calls among the first {@code size} rows that {@code selected} keeps (null: all), in the rows' order:
	 * answered or not, the wait, and the handle time of those answered.
	 */
	public static CallRecords calls(int size, short[] flags, double[] wait, double[] handle, boolean[] selected) {
		int offered = 0;
		for (int row = 0; row < size; row++) {
			offered += kept(selected, row) && (flags[row] & ContactFlags.OFFERED) != 0 ? 1 : 0;
		}
		boolean[] answered = new boolean[offered];
		double[] waited = new double[offered];
		double[] handled = new double[offered];
		int call = 0;
		for (int row = 0; row < size; row++) {
			if (kept(selected, row) && (flags[row] & ContactFlags.OFFERED) != 0) {
				boolean wasAnswered = (flags[row] & ContactFlags.ANSWERED) != 0;
				answered[call] = wasAnswered;
				waited[call] = wait[row];
				handled[call++] = wasAnswered ? handle[row] : 0;
			}
		}
		return new CallRecords(answered, waited, handled);
	}

	/**
	 * The request history of the rows {@code order} gives (with a request, by request, then arrival, then id) that
	 * {@code selected} keeps (null: all), already in the order the measures walk.
	 */
	public static ContactHistory history(int[] order, boolean[] selected, long[] request, double[] arrived, short[] flags) {
		int n = 0;
		for (int row : order) {
			n += kept(selected, row) ? 1 : 0;
		}
		long[] key = new long[n];
		double[] time = new double[n];
		boolean[] resolved = new boolean[n];
		int k = 0;
		for (int row : order) {
			if (kept(selected, row)) {
				key[k] = request[row];
				time[k] = arrived[row];
				resolved[k++] = (flags[row] & ContactFlags.RESOLVED) != 0;
			}
		}
		return new ContactHistory(key, time, resolved);
	}

	private static boolean kept(boolean[] selected, int row) {
		return selected == null || selected[row];
	}
}
