package fr.fidele.knowledge;

/** Who said whether an article was useful: an advisor in Fidèle, or a customer in the help centre. */
public enum Reader {
	ADVISOR, CUSTOMER
}
