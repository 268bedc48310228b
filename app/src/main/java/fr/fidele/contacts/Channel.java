package fr.fidele.contacts;

/** The way a contact reached the company or the company reached the customer. */
public enum Channel {
	PHONE, EMAIL, CHAT, WEB_FORM, SOCIAL, IN_PERSON, CALLBACK
}
