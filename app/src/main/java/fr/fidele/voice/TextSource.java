package fr.fidele.voice;

/**
 * Where a customer's text comes from, and the read contract its owner publishes it in (V41): every one has the same
 * columns, {@code source_id, customer_id, contact_id, language, written_at, body}.
 */
public enum TextSource {
	SURVEY("survey_customer_text"), EMAIL("email_customer_text"), CHAT("chat_customer_text"), MESSAGING("messaging_customer_text"),
	NOTE("contact_note_text");

	private final String view;

	TextSource(String view) {
		this.view = view;
	}

	String view() {
		return view;
	}
}
