package fr.fidele.casefile;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Where an id sits among the ids read (their position, -1 when absent), looked up millions of times a scan: through
 * a table by id where the ids are dense enough (as a sequence's are, a few gaps aside); through a bitmap of the ids
 * present and the count of ids before each of its words where they are sparse but not far apart (the contacts that
 * had a survey answer among all the contacts: a few bits per id instead of a binary search of a dozen cache misses);
 * else by binary search of the ids sorted.
 */
public final class IdIndex {

	private static final int[] NONE = new int[0];
	/** Up to this many possible ids per id present, a bitmap of them all costs less than the ids sorted. */
	private static final long RANKED_SPAN = 256;

	/** Position by id, when dense; null otherwise. */
	private final int[] byId;
	/** Bit {@code id % 64} of word {@code id / 64} set for each id present, when ranked; null otherwise. */
	private final long[] present;
	/** How many ids are present before each word of {@link #present}. */
	private final int[] before;
	/** The ids in ascending order, when neither dense nor ranked. */
	private final long[] sorted;
	/** The position of each id in ascending order (ranked or sorted), null when they came in that order. */
	private final int[] positionOfSorted;

	private IdIndex(int[] byId, long[] present, int[] before, long[] sorted, int[] positionOfSorted) {
		this.byId = byId;
		this.present = present;
		this.before = before;
		this.sorted = sorted;
		this.positionOfSorted = positionOfSorted;
	}

	/** The index of the first {@code size} of {@code ids} (distinct); kept by reference when they are sorted. */
	public static IdIndex of(long[] ids, int size) {
		long smallest = Long.MAX_VALUE;
		long largest = -1;
		boolean ascending = true;
		for (int i = 0; i < size; i++) {
			smallest = Math.min(smallest, ids[i]);
			largest = Math.max(largest, ids[i]);
			ascending &= i == 0 || ids[i - 1] < ids[i];
		}
		if (size == 0) {
			return new IdIndex(NONE, null, null, null, null);
		}
		if (smallest >= 0 && largest < 4L * size + 1024) {
			int[] byId = new int[(int) largest + 1];
			Arrays.fill(byId, -1);
			for (int i = 0; i < size; i++) {
				byId[(int) ids[i]] = i;
			}
			return new IdIndex(byId, null, null, null, null);
		}
		if (smallest >= 0 && largest / RANKED_SPAN < size && largest / Long.SIZE < Integer.MAX_VALUE - 8) {
			return ranked(ids, size, (int) (largest / Long.SIZE) + 1, ascending);
		}
		if (ascending) {
			return new IdIndex(null, null, null, size == ids.length ? ids : Arrays.copyOf(ids, size), null);
		}
		// Rare (ids far apart and read out of order): boxed sorting is slow but only this case pays it.
		int[] order = IntStream.range(0, size).boxed().sorted((a, b) -> Long.compare(ids[a], ids[b]))
			.mapToInt(Integer::intValue).toArray();
		long[] sorted = new long[size];
		for (int i = 0; i < size; i++) {
			sorted[i] = ids[order[i]];
		}
		return new IdIndex(null, null, null, sorted, order);
	}

	/** The position of {@code id} among the ids indexed, -1 when it is not one of them. */
	public int indexOf(long id) {
		if (byId != null) {
			return id >= 0 && id < byId.length ? byId[(int) id] : -1;
		}
		int found;
		if (present != null) {
			if (id < 0 || (id >>> 6) >= present.length || (present[(int) (id >>> 6)] & (1L << id)) == 0) {
				return -1;
			}
			found = rankOf(id);
		}
		else {
			found = Arrays.binarySearch(sorted, id);
			if (found < 0) {
				return -1;
			}
		}
		return positionOfSorted == null ? found : positionOfSorted[found];
	}

	/** The bitmap of the ids, the ids before each word, and, unless they came in order, each one's position by rank. */
	private static IdIndex ranked(long[] ids, int size, int words, boolean ascending) {
		long[] present = new long[words];
		for (int i = 0; i < size; i++) {
			present[(int) (ids[i] >>> 6)] |= 1L << ids[i];
		}
		int[] before = new int[words];
		int count = 0;
		for (int w = 0; w < words; w++) {
			before[w] = count;
			count += Long.bitCount(present[w]);
		}
		int[] positions = ascending ? null : new int[size];
		IdIndex index = new IdIndex(null, present, before, null, positions);
		for (int i = 0; positions != null && i < size; i++) {
			positions[index.rankOf(ids[i])] = i;
		}
		return index;
	}

	/** How many ids present are smaller than {@code id}, one of them. */
	private int rankOf(long id) {
		int word = (int) (id >>> 6);
		return before[word] + Long.bitCount(present[word] & ((1L << id) - 1));
	}
}
