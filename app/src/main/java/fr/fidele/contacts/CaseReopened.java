package fr.fidele.contacts;

/** A resolved or closed case was reopened: the customer came back on it ({@code contactId}), or by hand (null). */
public record CaseReopened(long caseId, long customerId, Long contactId) {
}
