package fr.fidele.routing;

import java.util.Comparator;

/**
 * The order in which eligible advisors are offered an item: the advisor who handled the case before, then the
 * most skilled for the item's queue, then the one idle the longest (so that work is shared fairly among equals).
 */
final class BestAdvisor {

	private BestAdvisor() {
	}

	static Comparator<FreeAdvisor> forItem(WaitingItem item) {
		// written out rather than chained: a round compares advisors a hundred thousand times
		return (one, other) -> {
			boolean onePrevious = isPrevious(item, one);
			if (onePrevious != isPrevious(item, other)) {
				return onePrevious ? -1 : 1;
			}
			int byLevel = Integer.compare(other.level(item.skill()), one.level(item.skill()));
			if (byLevel != 0) {
				return byLevel;
			}
			int byIdleness = one.idleSince().compareTo(other.idleSince());
			return byIdleness != 0 ? byIdleness : Long.compare(one.id(), other.id());
		};
	}

	private static boolean isPrevious(WaitingItem item, FreeAdvisor advisor) {
		return item.preferredAdvisor() != null && item.preferredAdvisor() == advisor.id();
	}
}
