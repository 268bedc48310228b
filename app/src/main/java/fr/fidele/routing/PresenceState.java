package fr.fidele.routing;

import java.time.Instant;

/** Where an advisor stands: their presence, since when, and why (null before any change was recorded). */
public record PresenceState(Presence presence, Instant since, PresenceCause cause) {

	static final PresenceState NEVER_SEEN = new PresenceState(Presence.OFFLINE, null, null);
}
