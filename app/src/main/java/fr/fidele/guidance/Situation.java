package fr.fidele.guidance;

/** A moment of the customer's life with the company that calls for its own guide, whatever the reason of the contact. */
public enum Situation {
	/** The customer asked to cancel in the last {@value GuideChoice#CHURN_RISK_DAYS} days. */
	CHURN_RISK,
	/** The customer has a complaint case still open. */
	OPEN_COMPLAINT
}
