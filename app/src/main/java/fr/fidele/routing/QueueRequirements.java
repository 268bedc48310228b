package fr.fidele.routing;

/** A queue's requirements: the advisor holds the queue's skill at its level at least and speaks the customer's language. */
final class QueueRequirements {

	private QueueRequirements() {
	}

	static boolean met(WaitingItem item, FreeAdvisor advisor) {
		return advisor.level(item.skill()) >= item.minLevel() && advisor.languages().contains(item.language());
	}
}
