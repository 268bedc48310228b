package fr.fidele.contacts;

/** The advisor's conclusion of a contact: resolved or not, notes, and the reason if it changed. */
public record WrapUp(Boolean resolved, String notes, String reasonCode) {
}
