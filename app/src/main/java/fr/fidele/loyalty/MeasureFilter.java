package fr.fidele.loyalty;

import java.time.LocalDate;
import java.time.ZoneId;

import fr.fidele.contacts.Channel;
import fr.fidele.platform.InvalidFieldException;

/**
 * Which contacts a service measure is taken over; every part is optional (null: no restriction).
 *
 * @param from    first day of the period, on the contact's arrival, in {@link #ZONE}
 * @param to      last day of the period, included
 * @param channel the contact's channel
 * @param queue   the contact's queue
 * @param reason  the contact's reason code
 * @param teamId  the team of the advisor who took the first leg (unanswered contacts have none)
 */
public record MeasureFilter(LocalDate from, LocalDate to, Channel channel, String queue, String reason, Long teamId) {

	/** Days are cut in the company's time zone, the one the pages show times in. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** Refuses a period that ends before it starts. */
	public MeasureFilter {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidFieldException("to", "the period ends (" + to + ") before it starts (" + from + ")");
		}
	}
}
