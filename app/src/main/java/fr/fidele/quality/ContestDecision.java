package fr.fidele.quality;

/** What the supervisor made of an advisor's contest. */
public enum ContestDecision {
	/** The evaluation stands as it was. */
	UPHELD,
	/** The answers were changed: the score is computed again, the first one kept beside it. */
	REVISED
}
