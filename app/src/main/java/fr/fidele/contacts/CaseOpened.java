package fr.fidele.contacts;

/** A case was opened for a customer, by a contact ({@code contactId}) or by hand (null). */
public record CaseOpened(long caseId, long customerId, String reasonCode, Long contactId) {
}
