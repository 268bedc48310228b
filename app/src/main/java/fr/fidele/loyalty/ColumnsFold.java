package fr.fidele.loyalty;

import java.util.Arrays;

import fr.fidele.stats.math.IndexSort;

/**
 * Folds contacts read again into the columns held ({@link ContactColumns}): a contact held already takes its new
 * values, a new one is added in id order, an erased one is taken out, and the requests' order is merged rather than
 * sorted again.
 */
final class ColumnsFold {

	private ColumnsFold() {
	}

	/**
	 * Folds {@code recent} into {@code held} and takes the {@code erased} contacts out; the customer rows of both must
	 * be those of the same customers read. Says whether anything changed.
	 */
	static boolean merge(ContactColumns held, ContactColumns recent, long[] erased) {
		if (!recent.reasonCodes().equals(held.reasonCodes())) {
			throw new IllegalArgumentException("the contact reasons changed: the contacts must be read again in full");
		}
		boolean removed = remove(held, erased);
		return merge(held, recent) || removed;
	}

	private static boolean merge(ContactColumns held, ContactColumns recent) {
		int[] touched = new int[recent.size];
		int touchedCount = 0;
		int[] added = new int[recent.size];
		int addedCount = 0;
		for (int r = 0; r < recent.size; r++) {
			int at = Arrays.binarySearch(held.id, 0, held.size, recent.id[r]);
			if (at < 0) {
				added[addedCount++] = r;
			}
			else if (!held.same(recent, r, at)) {
				held.copy(recent, r, at);
				touched[touchedCount++] = at;
			}
		}
		if (addedCount > 0 && recent.id[added[0]] < held.largestId()) {
			// A contact numbered below others held, read late: rows move, so the requests are ordered afresh.
			insert(held, recent, Arrays.copyOf(added, addedCount));
			held.byRequest = RequestOrder.of(held);
			return true;
		}
		if (held.size + addedCount > held.id.length) {
			held.grow(held.size + addedCount + held.size / 8);
		}
		for (int a = 0; a < addedCount; a++) {
			touched[touchedCount++] = held.size;
			held.copy(recent, added[a], held.size++);
		}
		if (touchedCount > 0) {
			held.byRequest = RequestOrder.after(held, held.byRequest, Arrays.copyOf(touched, touchedCount));
		}
		return touchedCount > 0;
	}

	/** Takes out the rows of these contacts, if held; the others keep their order, and so do their requests. */
	private static boolean remove(ContactColumns held, long[] erased) {
		int[] newRow = new int[held.size];
		for (long id : erased) {
			int at = Arrays.binarySearch(held.id, 0, held.size, id);
			if (at >= 0) {
				newRow[at] = -1;
			}
		}
		int kept = 0;
		for (int row = 0; row < held.size; row++) {
			newRow[row] = newRow[row] < 0 ? -1 : kept++;
		}
		if (kept == held.size) {
			return false;
		}
		int[] rows = new int[kept];
		for (int row = 0; row < held.size; row++) {
			if (newRow[row] >= 0) {
				rows[newRow[row]] = row;
			}
		}
		held.keep(rows);
		held.byRequest = Arrays.stream(held.byRequest).map(row -> newRow[row]).filter(row -> row >= 0).toArray();
		return true;
	}

	/** Puts the rows in id order: a scan gives them in the order PostgreSQL stores them. */
	static void inIdOrder(ContactColumns columns) {
		boolean ordered = true;
		for (int row = 1; row < columns.size && ordered; row++) {
			ordered = columns.id[row - 1] < columns.id[row];
		}
		if (ordered) {
			return;
		}
		columns.keep(IndexSort.ascending(columns.id.length == columns.size ? columns.id : Arrays.copyOf(columns.id, columns.size)));
	}

	private static void insert(ContactColumns held, ContactColumns recent, int[] added) {
		ContactColumns merged = ContactColumns.like(held, held.size + added.length);
		int kept = 0;
		int next = 0;
		while (kept < held.size || next < added.length) {
			if (next == added.length || kept < held.size && held.id[kept] < recent.id[added[next]]) {
				merged.copy(held, kept++, merged.size++);
			}
			else {
				merged.copy(recent, added[next++], merged.size++);
			}
		}
		held.take(merged);
	}
}
