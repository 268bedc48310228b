package fr.fidele.email;

/**
 * An answer written once for a contact reason (null: for any reason) in one language. Its body may name
 * {@code {prenom}} / {@code {first_name}} (the customer's first name), {@code {conseiller}} / {@code {advisor}} and
 * {@code {dossier}} / {@code {case}} (the case reference), filled in when an advisor picks it.
 */
public record ReplyTemplate(long id, String name, String reasonCode, String language, String body) {

	/** The body with this customer's, advisor's and case's values in place of its fields. */
	public String filled(String firstName, String advisorName, Long caseId) {
		String reference = caseId == null ? "" : "C-" + caseId;
		return body.replace("{prenom}", firstName).replace("{first_name}", firstName).replace("{conseiller}", advisorName)
			.replace("{advisor}", advisorName).replace("{dossier}", reference).replace("{case}", reference);
	}
}
