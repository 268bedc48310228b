package fr.fidele.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Wrap-up notes, transfer notes and customer notes as advisors write them, in the customer's language. */
final class Texts {

	private static final List<String> WRAP_UP_FR = List.of("Client rappelé, situation expliquée.",
			"Facture corrigée, avoir envoyé.", "Rendez-vous technicien fixé.", "Mot de passe réinitialisé avec le client.",
			"Le client attend un geste commercial.", "Informations envoyées par courriel.");
	private static final List<String> WRAP_UP_EN = List.of("Called the customer back, explained the situation.",
			"Invoice corrected, credit note sent.", "Technician visit booked.", "Password reset with the customer.",
			"Customer expects a goodwill gesture.", "Information sent by e-mail.");
	private static final List<String> TRANSFER_FR = List.of("Client identifié, problème de facturation sur deux mois.",
			"Panne depuis trois jours, diagnostic de base fait.", "Demande de résiliation, proposer une offre.",
			"Réclamation sur un retard de livraison, client mécontent.");
	private static final List<String> TRANSFER_EN = List.of("Customer identified, billing problem over two months.",
			"Outage for three days, basic checks done.", "Wants to cancel: make an offer.",
			"Complaint about a late delivery, customer unhappy.");
	private static final List<String> CUSTOMER_FR = List.of("Préfère être contacté le matin.",
			"Client de longue date, très attentif aux factures.", "Malentendant : privilégier l'écrit.");
	private static final List<String> CUSTOMER_EN = List.of("Prefers to be called in the morning.",
			"Long-standing customer, checks every invoice.", "Hard of hearing: prefer writing.");

	private Texts() {
	}

	static String wrapUp(SplittableRandom random, String language) {
		return pick(random, "en".equals(language) ? WRAP_UP_EN : WRAP_UP_FR);
	}

	static String transfer(SplittableRandom random, String language) {
		return pick(random, "en".equals(language) ? TRANSFER_EN : TRANSFER_FR);
	}

	static String customerNote(SplittableRandom random, String language) {
		return pick(random, "en".equals(language) ? CUSTOMER_EN : CUSTOMER_FR);
	}

	private static String pick(SplittableRandom random, List<String> texts) {
		return texts.get(random.nextInt(texts.size()));
	}
}
