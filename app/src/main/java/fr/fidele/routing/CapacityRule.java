package fr.fidele.routing;

/** An advisor is offered an item only while they have a free slot for its kind of channel. */
final class CapacityRule {

	private CapacityRule() {
	}

	static boolean hasRoom(FreeAdvisor advisor, ChannelKind kind) {
		return advisor.freeSlots().getOrDefault(kind, 0) > 0;
	}
}
