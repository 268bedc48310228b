package fr.fidele.history;

import java.time.Instant;

/** One recorded change: who made it, when, why, and what it changed (JSON). */
public record HistoryEntry(long id, String entityType, long entityId, String action, String actor, String reason,
		Instant at, String details) {
}
