package fr.fidele.loyalty;

import java.util.Arrays;
import java.util.BitSet;

import fr.fidele.stats.measures.ContactHistory;

/**
 * The order the service measures walk a request's contacts in, kept over the columns held so that a filter's
 * measures are taken without sorting ten million contacts again: by request, then arrival, then id (the rows are
 * in id order), as the drill-downs' SQL orders them.
 */
final class RequestOrder {

	private RequestOrder() {
	}

	/** The rows with a request, sorted. */
	static int[] of(ContactColumns c) {
		int withRequest = 0;
		for (int row = 0; row < c.size; row++) {
			withRequest += c.request[row] != ContactColumns.NO_REQUEST ? 1 : 0;
		}
		int[] rows = new int[withRequest];
		long[] keys = new long[withRequest];
		double[] times = new double[withRequest];
		int k = 0;
		for (int row = 0; row < c.size; row++) {
			if (c.request[row] != ContactColumns.NO_REQUEST) {
				rows[k] = row;
				keys[k] = c.request[row];
				times[k++] = c.arrived[row];
			}
		}
		// ContactHistory's own order: ties of request and time keep the rows' id order.
		int[] order = new ContactHistory(keys, times, new boolean[withRequest]).byRequestThenTime();
		int[] sorted = new int[withRequest];
		for (int i = 0; i < withRequest; i++) {
			sorted[i] = rows[order[i]];
		}
		return sorted;
	}

	/**
	 * The order after some rows changed or were added at the end: the others keep their order, the changed ones are
	 * sorted alone and merged in.
	 */
	static int[] after(ContactColumns c, int[] before, int[] changed) {
		BitSet isChanged = new BitSet(c.size);
		for (int row : changed) {
			isChanged.set(row);
		}
		int[] moved = Arrays.stream(changed).filter(row -> c.request[row] != ContactColumns.NO_REQUEST).boxed()
			.sorted((a, b) -> compare(c, a, b)).mapToInt(Integer::intValue).toArray();
		int[] merged = new int[before.length + moved.length];
		int count = 0;
		int next = 0;
		for (int row : before) {
			if (isChanged.get(row)) {
				continue;
			}
			while (next < moved.length && compare(c, moved[next], row) < 0) {
				merged[count++] = moved[next++];
			}
			merged[count++] = row;
		}
		while (next < moved.length) {
			merged[count++] = moved[next++];
		}
		return Arrays.copyOf(merged, count);
	}

	private static int compare(ContactColumns c, int a, int b) {
		int byKey = Long.compare(c.request[a], c.request[b]);
		if (byKey != 0) {
			return byKey;
		}
		int byTime = Double.compare(c.arrived[a], c.arrived[b]);
		return byTime != 0 ? byTime : Integer.compare(a, b);
	}
}
