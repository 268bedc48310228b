package fr.fidele.routing;

import java.time.Instant;

/**
 * A queued item as assignment sees it: its place, and what its queue requires of the advisor. A preferred advisor
 * (sticky routing) has it alone until {@code preferredUntil}; a target advisor (a transfer to a named advisor) has
 * it alone until someone moves it.
 */
record WaitingItem(long id, ChannelKind kind, int priority, Instant placeAt, String language, String skill, int minLevel,
		Long preferredAdvisor, Instant preferredUntil, Long targetAdvisor) {
}
