package fr.fidele.email;

/**
 * A file attached to a message, as the case file lists it.
 *
 * @param refused true when it was over the size limit and not kept: the customer sent it, the advisor may ask again
 */
public record EmailAttachment(long id, long messageId, String filename, String contentType, long size, boolean refused) {
}
