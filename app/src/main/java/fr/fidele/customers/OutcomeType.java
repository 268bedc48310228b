package fr.fidele.customers;

/** What happened to the customer's relationship with the company. */
public enum OutcomeType {
	SUBSCRIBED, RENEWED, UPGRADED, DOWNGRADED, CANCELLED, WON_BACK
}
