package fr.fidele.contacts;

/** A contact reason from the configurable taxonomy, labelled in both languages. */
public record Reason(String code, String labelFr, String labelEn, int position, boolean active) {

	public String label(String language) {
		return "en".equals(language) ? labelEn : labelFr;
	}
}
