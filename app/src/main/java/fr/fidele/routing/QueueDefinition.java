package fr.fidele.routing;

/**
 * A queue as an administrator defines it: which items join it (reason, segment, language: null for any), what it asks
 * of the advisor (a skill at a level from 1 to 5), its priority, the estimated wait above which a callback is offered,
 * the handle time assumed until it has measured its own, and whether it takes items.
 */
public record QueueDefinition(String code, String labelFr, String labelEn, String reason, String segment, String language,
		String skill, int minLevel, int priority, int callbackOfferSeconds, int defaultHandleSeconds, boolean active) {
}
