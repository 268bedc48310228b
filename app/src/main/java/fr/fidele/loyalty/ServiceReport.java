package fr.fidele.loyalty;

import java.time.Instant;

import fr.fidele.stats.measures.Proportion;

/**
 * The service measures of docs/metrics.md over the contacts of a filter, each proportion with its numerator and
 * denominator. Requests are followed through a case, or through the customer and the reason for contacts outside
 * any case; contacts of unidentified callers outside any case cannot be followed and are left out of resolution and
 * repeat measures.
 *
 * @param contacts                 contacts of the filter
 * @param firstContactResolution   requests whose first contact resolved them / requests
 * @param repeatWithin24Hours      contacts followed by another about the same request within 24 h / contacts followed
 * @param repeatWithin7Days        the same within 7 days
 * @param repeatWithin30Days       the same within 30 days
 * @param offered                  live inbound contacts (phone, chat, callback, in person) answered or abandoned
 * @param answered                 of which answered
 * @param abandonment              abandons / offered, short abandons left out of both
 * @param serviceLevel             answered within the target / the denominator of {@link MeasureSettings#abandonedCalls()}
 * @param averageSpeedOfAnswer     mean wait of answered contacts in seconds (0 for those answered without queueing);
 *                                 null without answered contacts
 * @param averageHandleTime        mean seconds from answer to end of answered contacts, a cost shown beside the
 *                                 service, never a goal; null without answered contacts
 * @param computedAt               when the figures were computed (a report that took long is reused for a while)
 */
public record ServiceReport(ContactFilter filter, MeasureSettings settings, long contacts,
		Proportion firstContactResolution, Proportion repeatWithin24Hours, Proportion repeatWithin7Days,
		Proportion repeatWithin30Days, long offered, long answered, Proportion abandonment, Proportion serviceLevel,
		Double averageSpeedOfAnswer, Double averageHandleTime, Instant computedAt) {
}
