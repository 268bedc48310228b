package fr.fidele.quality;

/** How a criterion is answered; either may also be "not applicable". */
public enum CriterionKind {
	/** From 1 to the criterion's scale maximum. */
	SCALE,
	/** 1 (yes) or 0 (no). */
	YES_NO
}
