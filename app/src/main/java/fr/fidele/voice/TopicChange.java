package fr.fidele.voice;

/**
 * A theme as an administrator writes it, to create or change it (the API's body and the page's form).
 *
 * @param termsFr the French expressions, one per line
 * @param termsEn the English expressions, one per line
 * @param active  false: kept, but no text is found about it any more
 */
public record TopicChange(TopicKind kind, String labelFr, String labelEn, String termsFr, String termsEn, Boolean active) {
}
