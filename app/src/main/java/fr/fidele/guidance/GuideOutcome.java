package fr.fidele.guidance;

/** What the advisor did with a guide shown beside a contact. */
public enum GuideOutcome {
	/** Followed at least one step. */
	FOLLOWED,
	/** Chose not to use it. */
	SKIPPED,
	/** Said it did not fit this customer or this moment. */
	DID_NOT_FIT
}
