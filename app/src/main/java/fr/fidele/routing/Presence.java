package fr.fidele.routing;

/** Whether an advisor can take work now. Only AVAILABLE advisors are offered items. */
public enum Presence {
	AVAILABLE, BUSY, AFTER_CONTACT_WORK, AWAY, OFFLINE;

	/** Counted as staff serving the queues in a wait estimate: they will take work once free. */
	boolean staffed() {
		return this == AVAILABLE || this == BUSY || this == AFTER_CONTACT_WORK;
	}
}
