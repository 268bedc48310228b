package fr.fidele.feedback;

import java.math.BigDecimal;

import fr.fidele.contacts.Contact;

/**
 * Which contacts a transactional survey follows: any of channel, reason and queue (null: any), the share sampled, how
 * many days a customer asked once is left alone, and whether it asks after a cancellation or while a complaint is open.
 */
public record SurveyRule(long id, long surveyId, String channel, String reasonCode, String queue, BigDecimal samplePercent, int quietDays,
		boolean afterCancellation, boolean duringOpenComplaint, boolean active) {

	/** Whether the contact is of the kind this rule follows (sampling and the customer's situation aside). */
	public boolean follows(Contact contact) {
		return active && (channel == null || channel.equals(contact.channel().name()))
				&& (reasonCode == null || reasonCode.equals(contact.reasonCode())) && (queue == null || queue.equals(contact.queue()));
	}

	/**
	 * Whether this contact falls in the sample: decided by the contact's and the rule's numbers, not by chance at the
	 * moment, so that an event handled twice samples the same way and a test can tell which contacts are asked.
	 */
	public boolean samples(long contactId) {
		long mixed = (contactId * 0x9E3779B97F4A7C15L) ^ (id * 0xC2B2AE3D27D4EB4FL);
		mixed ^= mixed >>> 31;
		mixed *= 0xBF58476D1CE4E5B9L;
		mixed ^= mixed >>> 29;
		long bucket = Math.floorMod(mixed, 10_000L);
		return bucket < samplePercent.movePointRight(2).longValue();
	}
}
