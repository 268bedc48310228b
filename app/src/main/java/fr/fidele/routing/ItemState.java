package fr.fidele.routing;

/** Where a work item is: waiting, offered to an advisor, in conversation, being wrapped up, or finished. */
public enum ItemState {
	QUEUED, OFFERED, CONNECTED, WRAP_UP, DONE, ABANDONED;

	/** Held by an advisor: it takes one of their slots. */
	boolean held() {
		return this == OFFERED || this == CONNECTED || this == WRAP_UP;
	}
}
