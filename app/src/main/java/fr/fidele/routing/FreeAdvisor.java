package fr.fidele.routing;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** An available advisor as assignment sees them: languages, skills by level, free slots per kind of channel. */
record FreeAdvisor(long id, Set<String> languages, Map<String, Integer> skills, Map<ChannelKind, Integer> freeSlots,
		Instant idleSince) {

	int level(String skill) {
		return skills.getOrDefault(skill, 0);
	}
}
