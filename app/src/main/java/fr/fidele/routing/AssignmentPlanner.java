package fr.fidele.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs waiting items with available advisors: the oldest item of the highest priority first, each to the best
 * advisor it may go to ({@link StickyRouting}) who meets its queue's requirements ({@link QueueRequirements}) and
 * has room ({@link CapacityRule}), ranked by {@link BestAdvisor}. An item nobody can take now is passed over, not
 * blocking the items behind it.
 */
final class AssignmentPlanner {

	/** An offer to make: this item to this advisor. */
	record Offer(long itemId, long advisorId) {
	}

	private static final Comparator<WaitingItem> OLDEST_OF_HIGHEST_PRIORITY = Comparator
		.comparingInt((WaitingItem item) -> -item.priority())
		.thenComparing(WaitingItem::placeAt)
		.thenComparingLong(WaitingItem::id);

	private AssignmentPlanner() {
	}

	static List<Offer> plan(List<WaitingItem> items, List<FreeAdvisor> advisors, Instant now) {
		// a round weighs hundreds of advisors for each of hundreds of items: a plain scan of an array, the cheapest
		// rule first, and the chosen advisor replaced at the index found
		FreeAdvisor[] pool = advisors.toArray(FreeAdvisor[]::new);
		List<Offer> offers = new ArrayList<>();
		for (WaitingItem item : items.stream().sorted(OLDEST_OF_HIGHEST_PRIORITY).toList()) {
			Comparator<FreeAdvisor> better = BestAdvisor.forItem(item);
			int best = -1;
			for (int i = 0; i < pool.length; i++) {
				FreeAdvisor advisor = pool[i];
				if (CapacityRule.hasRoom(advisor, item.kind()) && StickyRouting.allows(item, advisor, now)
						&& QueueRequirements.met(item, advisor) && (best < 0 || better.compare(advisor, pool[best]) < 0)) {
					best = i;
				}
			}
			if (best >= 0) {
				offers.add(new Offer(item.id(), pool[best].id()));
				pool[best] = oneSlotLess(pool[best], item.kind(), now);
			}
		}
		return offers;
	}

	/** The advisor after an offer: one slot fewer, and idle since now, so that the next item goes to another. */
	private static FreeAdvisor oneSlotLess(FreeAdvisor advisor, ChannelKind kind, Instant now) {
		Map<ChannelKind, Integer> slots = new EnumMap<>(ChannelKind.class);
		slots.putAll(advisor.freeSlots());
		slots.merge(kind, -1, Integer::sum);
		return new FreeAdvisor(advisor.id(), advisor.languages(), advisor.skills(), slots, now);
	}
}
