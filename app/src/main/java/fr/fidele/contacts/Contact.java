package fr.fidele.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.fidele.casefile.Channel;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One interaction on one channel, with each advisor who handled it. */
public record Contact(long id, Long customerId, Long caseId, Channel channel, Direction direction, String reasonCode,
		String queue, Instant arrivedAt, Instant queuedAt, Instant answeredAt, Instant endedAt, EndedBy endedBy,
		boolean identityVerified, boolean reidentifiedAfterTransfer, Boolean resolved, String wrapUpNotes,
		String externalRef, List<Leg> legs) {

	/** Seconds the customer waited in queue before an answer or before giving up; null if never queued. */
	@JsonProperty
	public Long waitSeconds() {
		if (queuedAt == null) {
			return null;
		}
		Instant end = answeredAt != null ? answeredAt : endedAt;
		return end == null ? null : Duration.between(queuedAt, end).toSeconds();
	}

	/** Seconds from answer to end: the handling cost, shown beside, never as a goal. */
	@JsonProperty
	public Long handleSeconds() {
		return answeredAt == null || endedAt == null ? null : Duration.between(answeredAt, endedAt).toSeconds();
	}

	@JsonProperty
	public boolean transferred() {
		return legs.size() > 1;
	}
}
