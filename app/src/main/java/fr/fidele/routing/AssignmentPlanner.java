package fr.fidele.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
		List<FreeAdvisor> pool = new ArrayList<>(advisors);
		List<Offer> offers = new ArrayList<>();
		for (WaitingItem item : items.stream().sorted(OLDEST_OF_HIGHEST_PRIORITY).toList()) {
			Optional<FreeAdvisor> best = pool.stream()
				.filter(advisor -> StickyRouting.allows(item, advisor, now) && QueueRequirements.met(item, advisor)
						&& CapacityRule.hasRoom(advisor, item.kind()))
				.min(BestAdvisor.forItem(item));
			if (best.isPresent()) {
				FreeAdvisor chosen = best.get();
				offers.add(new Offer(item.id(), chosen.id()));
				pool.set(pool.indexOf(chosen), oneSlotLess(chosen, item.kind(), now));
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
