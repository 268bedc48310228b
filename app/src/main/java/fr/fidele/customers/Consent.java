package fr.fidele.customers;

/** What the customer agreed to be contacted by. */
public record Consent(boolean email, boolean sms, boolean phone) {

	public static final Consent NONE = new Consent(false, false, false);
}
