package fr.fidele.routing;

/**
 * A queue's requirements: the advisor holds the queue's skill at its level at least and speaks the customer's
 * language. An item sent to a named advisor (a transfer, a supervisor's move) goes to them whatever the queue
 * requires: a person chose them.
 */
final class QueueRequirements {

	private QueueRequirements() {
	}

	static boolean met(WaitingItem item, FreeAdvisor advisor) {
		if (item.targetAdvisor() != null) {
			return true;
		}
		return advisor.level(item.skill()) >= item.minLevel() && advisor.languages().contains(item.language());
	}
}
