package fr.fidele.voice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simple reference a trained model must beat: a short French list of words that praise and words that complain,
 * counted after the same analysis as the model's (a negation just before a word turns it round); more praise is
 * positive, more complaint negative, a tie neutral. Its words are written out here, not learnt.
 */
public final class LexiconSentiment implements SentimentClassifier {

	private static final List<String> PRAISE = List.of("bien", "bon", "bonne", "super", "génial", "excellent", "parfait", "merci",
			"bravo", "content", "contente", "satisfait", "ravi", "top", "efficace", "rapide", "aimable", "agréable", "heureux", "magnifique",
			"formidable", "adore", "aime", "meilleur", "réussi", "plaisir", "joie", "beau", "belle", "félicitations", "recommande", "sympa");
	private static final List<String> COMPLAINT = List.of("mal", "mauvais", "mauvaise", "nul", "nulle", "honte", "scandale", "inadmissible",
			"déçu", "déçue", "déception", "lent", "attente", "jamais", "pire", "horrible", "catastrophe", "problème", "arnaque", "colère",
			"triste", "inacceptable", "marre", "grave", "peur", "mort", "crise", "échec", "faux", "mensonge", "contre", "dommage");
	private static final Set<String> NEGATIONS = Set.of("pas", "plus", "jamais", "rien", "aucun", "aucune", "sans");

	private final Set<String> praise = stems(PRAISE);
	private final Set<String> complaint = stems(COMPLAINT);

	@Override
	public Sentiment classify(String text) {
		List<String> words = TextAnalysis.words(text, "fr");
		int score = 0;
		for (int i = 0; i < words.size(); i++) {
			int sign = praise.contains(words.get(i)) ? 1 : complaint.contains(words.get(i)) ? -1 : 0;
			boolean negated = i > 0 && NEGATIONS.contains(words.get(i - 1)) || i > 1 && NEGATIONS.contains(words.get(i - 2));
			score += negated ? -sign : sign;
		}
		return score > 0 ? Sentiment.POSITIVE : score < 0 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
	}

	private static Set<String> stems(List<String> words) {
		Set<String> stems = new HashSet<>();
		words.forEach(word -> stems.addAll(TextAnalysis.words(word, "fr")));
		return stems;
	}
}
