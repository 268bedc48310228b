package fr.fidele.contacts;

import java.time.Instant;
import java.util.List;

/**
 * What the telephone switch says happened to a call, from its events folded in time order: it replaces what was
 * recorded of the call before (an event that arrived late corrects the contact).
 */
public record CallFacts(Instant arrivedAt, Instant answeredAt, List<LegFact> legs, Instant endedAt, EndedBy endedBy) {

	/** One advisor's part of the call; the note of the transfer that ended it, if any. */
	public record LegFact(long advisorId, Instant startedAt, Instant endedAt, String transferNote) {
	}
}
