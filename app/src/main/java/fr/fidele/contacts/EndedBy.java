package fr.fidele.contacts;

/**
 * Who ended a contact. ABANDONED means the customer gave up while waiting, before any advisor
 * answered; ADVISOR on a short answered contact is the figure that exposes hang-ups.
 */
public enum EndedBy {
	CUSTOMER, ADVISOR, SYSTEM, ABANDONED
}
