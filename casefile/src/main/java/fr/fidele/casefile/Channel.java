package fr.fidele.casefile;

/** The way a contact reached the company or the company reached the customer. */
public enum Channel {
	PHONE, EMAIL, CHAT, WEB_FORM, SOCIAL, IN_PERSON, CALLBACK,
	/** A customer signed in on the help centre who read its articles: tried to help themselves; never routed. */
	SELF_SERVICE
}
