package fr.fidele.gratitude;

/** Where a reminder stands. */
public enum ReminderStatus {
	/** Waiting for its thank-you. */
	OPEN,
	/** The customer was thanked. */
	THANKED,
	/** Set aside with a reason (the customer cannot be reached, it would not be welcome). */
	DISMISSED
}
