package fr.fidele.loyalty;

import java.time.LocalDate;
import java.time.ZoneId;

import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.Channel;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.InvalidFieldException;

/**
 * The filter of every dashboard: which contacts, customers and advisors a figure is taken over. Every part is
 * optional (null: no restriction). Each figure says which parts it follows: the churn models follow the segment and
 * the period only (see {@link #modelPart()}), the advisor views apply the team to the advisors shown, not to the
 * reference they are compared with.
 *
 * @param from    first day of the period, on the contact's arrival (or the days of follow-up), in {@link #ZONE}
 * @param to      last day of the period, included
 * @param channel the contact's channel
 * @param queue   the contact's queue
 * @param reason  the contact's reason code
 * @param teamId  the team of the advisor who took the first leg (unanswered contacts have none)
 * @param segment the customer's segment (contacts without a customer have none)
 */
public record ContactFilter(LocalDate from, LocalDate to, Channel channel, String queue, String reason, Long teamId,
		Segment segment) {

	/** Days are cut in the company's time zone, the one the pages show times in. */
	public static final ZoneId ZONE = ContactTally.COMPANY_ZONE;

	/** No restriction: the whole service. */
	public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null, null);

	/** Refuses a period that ends before it starts. */
	public ContactFilter {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidFieldException("to", "periodEndsBeforeStart", to, from);
		}
	}

	/** The parts a churn model follows: which customers (segment) and which days of their follow-up (period). */
	public ContactFilter modelPart() {
		return new ContactFilter(from, to, null, null, null, null, segment);
	}

	/** The parts that choose contacts, without the team (applied to the advisors shown, not to the reference). */
	public ContactFilter withoutTeam() {
		return new ContactFilter(from, to, channel, queue, reason, null, segment);
	}

	/** The filter over every channel: a request's later contacts count whatever their channel. */
	public ContactFilter withoutChannel() {
		return new ContactFilter(from, to, null, queue, reason, teamId, segment);
	}

	/** True when nothing is restricted. */
	public boolean isNone() {
		return equals(NONE);
	}

	/** Which customers of {@code table} its churn models follow, over which days of their tenure. */
	FollowUp followUp(CustomerTable table) {
		return FollowUp.of(table, segment, from, to);
	}

	/** True when a part the churn models cannot follow (channel, queue, reason, team) is set. */
	public boolean restrictsContactsOnly() {
		return channel != null || queue != null || reason != null || teamId != null;
	}
}
