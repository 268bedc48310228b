package fr.fidele.routing;

/**
 * Where a work item is: waiting, offered to an advisor, in conversation, being wrapped up, or finished. An offered,
 * connected or wrapping-up item takes one of its advisor's slots.
 */
public enum ItemState {
	QUEUED, OFFERED, CONNECTED, WRAP_UP, DONE, ABANDONED
}
