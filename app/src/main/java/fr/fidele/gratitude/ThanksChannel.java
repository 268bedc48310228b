package fr.fidele.gratitude;

/** How the person thanked the customer, themselves. */
public enum ThanksChannel {
	PHONE, LETTER, CARD, EMAIL, MESSAGE, IN_PERSON
}
