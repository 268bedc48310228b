package fr.fidele.customers;

/** The channels through which a customer can be recognised. */
public enum IdentityKind {
	EMAIL, PHONE, SOCIAL
}
