package fr.fidele.contacts;

/** A customer's case was closed: nothing more is expected on it. */
public record CaseClosed(long caseId, long customerId) {
}
