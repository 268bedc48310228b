package fr.fidele.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What the demo company's customers write in their survey answers, in French and English: a few words in the tone of
 * the score (so that the sentiment model has the company's own words to learn from), and, drawn apart, a sentence
 * about being passed from one advisor to another or about an advisor's rudeness: the two planted themes (PlantedEffects),
 * found by the voice module's taxonomy (« transféré », « désagréable »), and written nowhere else in the demo.
 */
final class SurveyComments {

	/** The tone of an answer: unhappy, in between, or happy. */
	enum Tone {
		UNHAPPY, PASSIVE, HAPPY
	}

	private static final List<String> UNHAPPY_FR = List.of("Très déçu, le problème n’est toujours pas réglé.",
			"Inadmissible, aucune solution proposée.", "Service décevant, je n’ai eu aucune réponse claire.",
			"Mauvaise expérience, je suis mécontent.", "Rien n’a été fait, c’est une honte.");
	private static final List<String> PASSIVE_FR = List.of("Réponse correcte, sans plus.", "C’est réglé pour l’instant, on verra.",
			"Un conseiller a pris ma demande.", "J’ai eu l’information demandée.", "Dossier en cours de traitement.");
	private static final List<String> HAPPY_FR = List.of("Conseiller très aimable et efficace, merci !", "Parfait, problème résolu rapidement.",
			"Excellent accueil, je recommande.", "Super service, merci beaucoup.", "Réponse claire et rapide, bravo.");
	private static final List<String> UNHAPPY_EN = List.of("Very disappointed, the problem is still not fixed.",
			"Unacceptable, no solution offered.", "Poor service, I got no clear answer.", "Bad experience, I am unhappy.",
			"Nothing was done, it is a shame.");
	private static final List<String> PASSIVE_EN = List.of("A fair answer, nothing more.", "Sorted for now, we will see.",
			"An advisor took my request.", "I got the information I asked for.", "My file is being handled.");
	private static final List<String> HAPPY_EN = List.of("Very kind and efficient advisor, thanks!", "Perfect, problem solved quickly.",
			"Excellent welcome, I recommend.", "Great service, thank you so much.", "Clear and quick answer, well done.");
	private static final List<String> TRANSFERRED_FR = List.of("On m’a transféré trois fois avant de me répondre.",
			"J’ai été baladé d’un service à l’autre.");
	private static final List<String> TRANSFERRED_EN = List.of("I was transferred three times before getting an answer.",
			"I was passed around from one department to another.");
	private static final List<String> RUDENESS_FR = List.of("Le premier conseiller a été désagréable.",
			"Accueil désagréable au téléphone.");
	private static final List<String> RUDENESS_EN = List.of("The first advisor was rude.", "A rude welcome on the phone.");

	private SurveyComments() {
	}

	/** A comment in {@code language} in the tone given, with the planted themes' sentences asked for. */
	static String of(SplittableRandom r, String language, Tone tone, boolean transferred, boolean rudeness) {
		boolean english = "en".equals(language);
		StringBuilder comment = new StringBuilder(pick(r, switch (tone) {
			case UNHAPPY -> english ? UNHAPPY_EN : UNHAPPY_FR;
			case PASSIVE -> english ? PASSIVE_EN : PASSIVE_FR;
			case HAPPY -> english ? HAPPY_EN : HAPPY_FR;
		}));
		if (transferred) {
			comment.append(' ').append(pick(r, english ? TRANSFERRED_EN : TRANSFERRED_FR));
		}
		if (rudeness) {
			comment.append(' ').append(pick(r, english ? RUDENESS_EN : RUDENESS_FR));
		}
		return comment.toString();
	}

	private static String pick(SplittableRandom r, List<String> sentences) {
		return sentences.get(r.nextInt(sentences.size()));
	}
}
