package fr.fidele.contacts;

/** Who started the contact. */
public enum Direction {
	INBOUND, OUTBOUND
}
