package fr.fidele.demo;

import java.util.List;
import java.util.SplittableRandom;

/** First and last names for the demo company's people, French and English. */
final class Names {

	private static final List<String> FRENCH_FIRST = List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Jade",
			"Louise", "Zoé", "Lina", "Élodie", "Nathalie", "Isabelle", "Sophie", "Aurélie", "Hélène", "Françoise",
			"Lucas", "Hugo", "Louis", "Jules", "Gabriel", "Arthur", "Nathan", "Théo", "Raphaël", "Mathéo", "Éric",
			"Pierre", "Jérôme", "François", "Stéphane", "Julien", "Noël", "Benoît", "Gaëlle", "Maëlys");
	private static final List<String> FRENCH_LAST = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
			"Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia",
			"David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier",
			"Dupont", "Lambert", "Bonnet", "François", "Martinez", "Légaré", "Côté", "Gagnon", "Bouchard", "Tremblay");
	private static final List<String> ENGLISH_FIRST = List.of("Emma", "Olivia", "Amelia", "Isla", "Ava", "Mia",
			"Grace", "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Oscar", "Charlie", "James");
	private static final List<String> ENGLISH_LAST = List.of("Smith", "Jones", "Williams", "Taylor", "Brown",
			"Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson");

	private Names() {
	}

	static String person(SplittableRandom random, String language) {
		boolean english = "en".equals(language);
		List<String> first = english ? ENGLISH_FIRST : FRENCH_FIRST;
		List<String> last = english ? ENGLISH_LAST : FRENCH_LAST;
		return first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size()));
	}

	/** An e-mail local part from a name: lower case, accents and spaces removed. */
	static String mailbox(String name) {
		return fr.fidele.customers.Identities.folded(name).replaceAll("[^a-z]+", ".");
	}
}
