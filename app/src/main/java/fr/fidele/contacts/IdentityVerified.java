package fr.fidele.contacts;

/** An advisor checked who the customer of a contact is; it stays checked through transfers. */
public record IdentityVerified(long contactId, Long customerId, String verifiedBy) {
}
