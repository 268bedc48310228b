package fr.fidele.loyalty;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Where an id sits among the ids read (their position, -1 when absent), looked up millions of times a scan: through
 * a table by id where the ids are dense enough (as a sequence's are, a few gaps aside), else by binary search of the
 * ids sorted.
 */
final class IdIndex {

	private static final int[] NONE = new int[0];

	/** Position by id, when dense; null otherwise. */
	private final int[] byId;
	/** The ids in ascending order, when not dense; and the position of each, null when they came in that order. */
	private final long[] sorted;
	private final int[] positionOfSorted;

	private IdIndex(int[] byId, long[] sorted, int[] positionOfSorted) {
		this.byId = byId;
		this.sorted = sorted;
		this.positionOfSorted = positionOfSorted;
	}

	/** The index of the first {@code size} of {@code ids} (distinct); kept by reference when they are sorted. */
	static IdIndex of(long[] ids, int size) {
		long smallest = Long.MAX_VALUE;
		long largest = -1;
		boolean ascending = true;
		for (int i = 0; i < size; i++) {
			smallest = Math.min(smallest, ids[i]);
			largest = Math.max(largest, ids[i]);
			ascending &= i == 0 || ids[i - 1] < ids[i];
		}
		if (size == 0) {
			return new IdIndex(NONE, null, null);
		}
		if (smallest >= 0 && largest < 4L * size + 1024) {
			int[] byId = new int[(int) largest + 1];
			Arrays.fill(byId, -1);
			for (int i = 0; i < size; i++) {
				byId[(int) ids[i]] = i;
			}
			return new IdIndex(byId, null, null);
		}
		if (ascending) {
			return new IdIndex(null, size == ids.length ? ids : Arrays.copyOf(ids, size), null);
		}
		// Rare (ids far apart and read out of order): boxed sorting is slow but only this case pays it.
		int[] order = IntStream.range(0, size).boxed().sorted((a, b) -> Long.compare(ids[a], ids[b]))
			.mapToInt(Integer::intValue).toArray();
		long[] sorted = new long[size];
		for (int i = 0; i < size; i++) {
			sorted[i] = ids[order[i]];
		}
		return new IdIndex(null, sorted, order);
	}

	/** The position of {@code id} among the ids indexed, -1 when it is not one of them. */
	int indexOf(long id) {
		if (byId != null) {
			return id >= 0 && id < byId.length ? byId[(int) id] : -1;
		}
		int found = Arrays.binarySearch(sorted, id);
		if (found < 0) {
			return -1;
		}
		return positionOfSorted == null ? found : positionOfSorted[found];
	}
}
