package fr.fidele.loyalty;

/**
 * A figure of the service report, and the contacts behind it that its drill-down lists: for a rate, the contacts
 * that make it worse (abandons, misses, repeats, first contacts not resolved); for an average, the contacts it is
 * taken over, largest first.
 */
public enum Measure {
	/** Every contact of the filter. */
	CONTACTS,
	/** First contacts of a request that did not resolve it (not marked resolved, or followed by a repeat). */
	FIRST_CONTACT_RESOLUTION,
	/** Contacts followed by another about the same request within 24 hours. */
	REPEAT_24_HOURS(1),
	/** Contacts followed by another about the same request within 7 days. */
	REPEAT_7_DAYS(7),
	/** Contacts followed by another about the same request within 30 days. */
	REPEAT_30_DAYS(30),
	/** Live inbound contacts offered to a queue: answered or abandoned. */
	OFFERED,
	/** Abandoned contacts, short abandons left out. */
	ABANDONMENT,
	/** Contacts of the service-level denominator that missed the target. */
	SERVICE_LEVEL,
	/** Answered contacts, longest wait first. */
	SPEED_OF_ANSWER,
	/** Answered contacts, longest handling first. */
	HANDLE_TIME;

	private final int repeatWindowDays;

	Measure() {
		this(0);
	}

	Measure(int repeatWindowDays) {
		this.repeatWindowDays = repeatWindowDays;
	}

	/** The window of a repeat-contact rate, in days; 0 for the other measures. */
	public int repeatWindowDays() {
		return repeatWindowDays;
	}
}
