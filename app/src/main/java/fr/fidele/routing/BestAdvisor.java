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
		Comparator<FreeAdvisor> previousFirst = Comparator.comparing(advisor -> !isPrevious(item, advisor));
		return previousFirst.thenComparing(Comparator.comparingInt((FreeAdvisor advisor) -> advisor.level(item.skill())).reversed())
			.thenComparing(FreeAdvisor::idleSince)
			.thenComparingLong(FreeAdvisor::id);
	}

	private static boolean isPrevious(WaitingItem item, FreeAdvisor advisor) {
		return item.preferredAdvisor() != null && item.preferredAdvisor() == advisor.id();
	}
}
