package fr.fidele.catalogue;

/** A moment when no suggestion is shown unless a supervisor's rule allows it. */
public enum RuleSituation {
	/** The customer has a complaint case still open. */
	OPEN_COMPLAINT,
	/** The contact is a cancellation request, or the customer made one in the last 90 days. */
	CANCELLATION_REQUEST
}
