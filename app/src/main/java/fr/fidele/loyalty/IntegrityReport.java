package fr.fidele.loyalty;

import fr.fidele.casefile.CallCounts;

import java.util.List;

/**
 * Who ends the contacts: per advisor, per team and per queue, flagged ones first, each against {@code everyone}, the
 * calls of all advisors of the filter (the team of the filter chooses the advisors shown, not the reference).
 */
public record IntegrityReport(List<AdvisorIntegrity> advisors, List<GroupIntegrity> teams, List<GroupIntegrity> queues,
		CallCounts everyone) {
}
