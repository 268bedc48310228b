package fr.fidele.voice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simple reference a trained model must beat, and what tells a text's sentiment until the company's own texts can
 * train a model: a short list of words that praise and words that complain, in French or English, counted after the
 * same analysis as the model's (a negation just before a word turns it round); more praise is positive, more complaint
 * negative, a tie neutral. Its words are written out here, not learnt.
 */
public final class LexiconSentiment implements SentimentClassifier {

	private static final List<String> PRAISE = List.of("bien", "bon", "bonne", "super", "génial", "excellent", "parfait", "merci",
			"bravo", "content", "contente", "satisfait", "ravi", "top", "efficace", "rapide", "aimable", "agréable", "heureux", "magnifique",
			"formidable", "adore", "aime", "meilleur", "réussi", "plaisir", "joie", "beau", "belle", "félicitations", "recommande", "sympa");
	private static final List<String> COMPLAINT = List.of("mal", "mauvais", "mauvaise", "nul", "nulle", "honte", "scandale", "inadmissible",
			"déçu", "déçue", "déception", "lent", "attente", "jamais", "pire", "horrible", "catastrophe", "problème", "arnaque", "colère",
			"triste", "inacceptable", "marre", "grave", "peur", "mort", "crise", "échec", "faux", "mensonge", "contre", "dommage");
	private static final Set<String> NEGATIONS = Set.of("pas", "plus", "jamais", "rien", "aucun", "aucune", "sans");
	private static final List<String> PRAISE_EN = List.of("good", "great", "super", "excellent", "perfect", "thanks", "thank", "well",
			"happy", "pleased", "satisfied", "delighted", "efficient", "quick", "fast", "kind", "helpful", "friendly", "nice", "love",
			"best", "recommend", "brilliant", "wonderful", "amazing", "polite", "easy", "solved", "fixed", "pleasure");
	private static final List<String> COMPLAINT_EN = List.of("bad", "poor", "awful", "terrible", "horrible", "worst", "disappointed",
			"disappointing", "unacceptable", "shame", "scandal", "slow", "waiting", "never", "problem", "scam", "angry", "rude", "useless",
			"wrong", "fail", "failed", "broken", "complaint", "annoyed", "ridiculous", "nothing", "cut", "outage", "lost");
	private static final Set<String> NEGATIONS_EN = Set.of("not", "no", "never", "nothing", "without", "don't", "didn't", "doesn't", "isn't",
			"wasn't", "can't", "won't");

	private final String language;
	private final Set<String> praise;
	private final Set<String> complaint;
	private final Set<String> negations;

	/** The word list of {@code language} ({@code en}, otherwise French). */
	public LexiconSentiment(String language) {
		boolean english = "en".equals(language);
		this.language = english ? "en" : "fr";
		this.praise = stems(english ? PRAISE_EN : PRAISE, this.language);
		this.complaint = stems(english ? COMPLAINT_EN : COMPLAINT, this.language);
		this.negations = english ? NEGATIONS_EN : NEGATIONS;
	}

	@Override
	public Sentiment classify(String text) {
		List<String> words = TextAnalysis.words(text, language);
		int score = 0;
		for (int i = 0; i < words.size(); i++) {
			int sign = praise.contains(words.get(i)) ? 1 : complaint.contains(words.get(i)) ? -1 : 0;
			boolean negated = i > 0 && negations.contains(words.get(i - 1)) || i > 1 && negations.contains(words.get(i - 2));
			score += negated ? -sign : sign;
		}
		return score > 0 ? Sentiment.POSITIVE : score < 0 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
	}

	private static Set<String> stems(List<String> words, String language) {
		Set<String> stems = new HashSet<>();
		words.forEach(word -> stems.addAll(TextAnalysis.words(word, language)));
		return stems;
	}
}
