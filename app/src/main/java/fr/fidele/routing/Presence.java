package fr.fidele.routing;

/**
 * Whether an advisor can take work now. Only AVAILABLE advisors are offered items; available, busy and wrapping-up
 * advisors count as staffed in a wait estimate.
 */
public enum Presence {
	AVAILABLE, BUSY, AFTER_CONTACT_WORK, AWAY, OFFLINE
}
