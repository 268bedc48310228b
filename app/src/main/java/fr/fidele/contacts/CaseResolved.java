package fr.fidele.contacts;

/** A customer's case was resolved: by a contact wrapped up as resolved, or by hand. */
public record CaseResolved(long caseId, long customerId) {
}
