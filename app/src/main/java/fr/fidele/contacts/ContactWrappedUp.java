package fr.fidele.contacts;

/** An advisor wrapped a contact up: whether the customer's request was resolved (null: not said), and its reason. */
public record ContactWrappedUp(long contactId, Long customerId, Long caseId, Boolean resolved, String reasonCode) {
}
