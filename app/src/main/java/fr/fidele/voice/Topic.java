package fr.fidele.voice;

import java.util.List;

/**
 * A theme of the taxonomy an administrator edits: a text is about it when it holds one of its expressions, in the
 * text's language, compared after the analysis (elisions, accents, stems: « livrée » finds « livré »).
 *
 * @param termsFr the French expressions, one per line
 * @param termsEn the English expressions, one per line
 */
public record Topic(String code, TopicKind kind, String labelFr, String labelEn, String termsFr, String termsEn, boolean active,
		int position) {

	/** The label in {@code language} ({@code en}, otherwise French). */
	public String label(String language) {
		return "en".equals(language) ? labelEn : labelFr;
	}

	/** The expressions of {@code language}, one per non-blank line. */
	List<String> terms(String language) {
		return ("en".equals(language) ? termsEn : termsFr).lines().map(String::strip).filter(term -> !term.isEmpty()).toList();
	}
}
