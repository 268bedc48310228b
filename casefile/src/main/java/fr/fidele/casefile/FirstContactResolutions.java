package fr.fidele.casefile;

/**
 * First-contact resolution across channels, by the channel of each request's first contact: the request was resolved
 * then, and no other contact of the request came within the window, whatever its channel (an e-mail followed by a call
 * two days later was not resolved at the first contact). Counted the same way on the application's contacts in memory
 * and on each range of the Spark job.
 */
public final class FirstContactResolutions {

	private FirstContactResolutions() {
	}

	/**
	 * Adds to {@code requests} and {@code resolved}, by channel, the requests of the rows {@code order} gives (by request,
	 * then arrival, then id), those {@code selected} keeps (null: all), and of them those resolved at once.
	 *
	 * @param windowSeconds a contact of the same request this soon after the first (included) means it was not resolved
	 */
	public static void count(int[] order, boolean[] selected, long[] request, double[] arrived, byte[] channel, short[] flags,
			double windowSeconds, long[] requests, long[] resolved) {
		int previous = -1;
		int first = -1;
		for (int row : order) {
			if (selected != null && !selected[row]) {
				continue;
			}
			boolean sameRequest = previous >= 0 && request[previous] == request[row];
			if (sameRequest && previous == first && arrived[row] - arrived[first] <= windowSeconds) {
				// the first contact was repeated within the window: not resolved at once
				resolved[channel[first]] -= (flags[first] & ContactFlags.RESOLVED) != 0 ? 1 : 0;
			}
			if (!sameRequest) {
				first = row;
				requests[channel[row]]++;
				resolved[channel[row]] += (flags[row] & ContactFlags.RESOLVED) != 0 ? 1 : 0;
			}
			previous = row;
		}
	}
}
