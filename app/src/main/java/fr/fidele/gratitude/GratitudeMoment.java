package fr.fidele.gratitude;

/** A moment that deserves a personal thank-you. */
public enum GratitudeMoment {
	/** The customer's first weeks: found by Fidèle. */
	NEW_CUSTOMER(true),
	/** An anniversary of the relationship, the renewal's day: found by Fidèle. */
	ANNIVERSARY(true),
	/** A complaint of theirs was resolved: found by Fidèle. */
	COMPLAINT_RESOLVED(true),
	/** The customer helped: told their story, referred someone, suggested an idea. Noted by a person. */
	HELPED(false),
	/** The customer mentioned a loss (a bereavement, a hardship). Noted by a person. */
	LOSS(false);

	private final boolean found;

	GratitudeMoment(boolean found) {
		this.found = found;
	}

	/** Found by Fidèle in the case file, rather than noted by a person who heard it. */
	public boolean found() {
		return found;
	}
}
