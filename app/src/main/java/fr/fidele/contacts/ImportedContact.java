package fr.fidele.contacts;

/**
 * A checked contact from an import file, its customer and advisor already resolved to ids. Its
 * one leg, if any, is the advisor from answer to end. Imported contacts are history: they do not
 * open or move cases.
 */
public record ImportedContact(int line, NewContact contact, Long customerId, Long advisorId) {
}
