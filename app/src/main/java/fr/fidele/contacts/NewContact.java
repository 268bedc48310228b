package fr.fidele.contacts;

import java.time.Instant;
import java.util.List;

import fr.fidele.casefile.Channel;

/**
 * A contact to record. The customer is named by id or reference (or neither, for a caller never
 * identified); without a case id, {@link CaseAttachmentPolicy} finds or opens the case.
 */
public record NewContact(Long customerId, String customerReference, Long caseId, Channel channel, Direction direction,
		String reasonCode, String queue, Instant arrivedAt, Instant queuedAt, Instant answeredAt, Instant endedAt,
		EndedBy endedBy, boolean identityVerified, boolean reidentifiedAfterTransfer, Boolean resolved,
		String wrapUpNotes, String externalRef, List<NewLeg> legs) {
}
