package fr.fidele.chat;

/**
 * What the widget sends to start a conversation. A customer signed in on the company's site comes with their
 * {@code reference} and its {@code signature} ({@code t=<unix seconds>,v1=<hex HMAC-SHA256(identity secret, t + "." + reference)>},
 * made by the site's server): then nothing else is asked. Otherwise the visitor gives a name (and an e-mail address
 * if they want the transcript or an answer later).
 *
 * @param clientId the widget's own id for its first message, as for every message it sends (a message sent again is kept once)
 * @param number only when the service is closed and the customer asks to be called when it opens: the number to call
 */
public record ChatStart(String name, String email, String language, String text, String clientId, String reference, String signature,
		String number) {
}
