package fr.fidele.catalogue;

/** What the advisor made of a suggestion shown: offered it (and it was not taken), the customer accepted, or it did not fit. */
public enum SuggestionStatus {
	OFFERED, ACCEPTED, NOT_RELEVANT
}
