package fr.fidele.catalogue;

/** How one product leads to another. */
public enum LinkKind {
	/** Goes with what the customer holds (a travel kit with a vaccine). */
	COMPLEMENT,
	/** Replaces what the customer holds with more of it. */
	UPGRADE,
	/** What a customer in this situation usually needs next, whatever they hold. */
	NEXT_NEED
}
