package fr.fidele.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the demo company's customers write, and what its advisors answer, by contact reason, in French and English:
 * plain words as people write them, so that the case file and the text analysis have something real to show.
 */
final class WrittenTexts {

	private static final Map<String, List<String>> QUESTIONS_FR = Map.of(
			"COMPLAINT", List.of("Je suis très déçue : le technicien n’est jamais venu au rendez-vous de jeudi et personne ne m’a prévenue.",
					"Troisième fois que j’écris pour la même panne. J’attends une vraie solution, pas un message automatique.",
					"On m’a coupé la ligne alors que ma facture est payée. C’est inadmissible, je veux une explication."),
			"ORDER", List.of("Bonjour, je voudrais commander la box fibre avec l’option TV. Quels sont les délais d’installation ?",
					"Est-il possible d’ajouter une deuxième ligne mobile à mon abonnement ?",
					"Je souhaite passer à l’offre supérieure à partir du mois prochain, comment faire ?"),
			"TECHNICAL_HELP", List.of("Ma box clignote en rouge depuis ce matin et je n’ai plus internet.",
					"Le décodeur TV affiche « pas de signal » depuis la mise à jour d’hier soir.",
					"Le wifi coupe toutes les dix minutes dans le salon, la box est pourtant à côté."),
			"ORDER_STATUS", List.of("J’ai commandé un téléphone il y a dix jours et je n’ai toujours aucune nouvelle de la livraison.",
					"Pouvez-vous me dire où en est ma commande ? Le suivi n’a pas bougé depuis lundi.",
					"Le colis est indiqué livré mais je n’ai rien reçu."),
			"BILLING", List.of("Ma facture de ce mois est bien plus élevée que d’habitude, pourtant je n’ai rien changé.",
					"J’ai été prélevée deux fois pour la même facture, merci de me rembourser.",
					"Pouvez-vous m’envoyer un duplicata de ma facture de mars ?"),
			"INFORMATION", List.of("Quels sont vos horaires d’ouverture en boutique le samedi ?",
					"Je déménage le mois prochain : est-ce que je garde mon abonnement à la nouvelle adresse ?",
					"Comment changer le mot de passe de mon espace client ?"),
			"CANCELLATION_REQUEST", List.of("Je souhaite résilier mon abonnement à la fin du mois, merci de me confirmer la démarche.",
					"Suite à mon déménagement à l’étranger, je dois mettre fin à mon contrat.",
					"Votre concurrent me propose moins cher, je pense partir. Avez-vous quelque chose à me proposer ?"));
	private static final Map<String, List<String>> QUESTIONS_EN = Map.of(
			"COMPLAINT", List.of("I am very disappointed: the technician never came on Thursday and nobody let me know.",
					"This is the third time I write about the same outage. I expect a real fix, not an automatic reply.",
					"My line was cut although my bill is paid. This is unacceptable and I want an explanation."),
			"ORDER", List.of("Hello, I would like to order the fibre box with the TV option. How long does installation take?",
					"Can I add a second mobile line to my plan?", "I would like to move to the higher plan from next month, how do I do that?"),
			"TECHNICAL_HELP", List.of("My box has been blinking red since this morning and I have no internet.",
					"The TV decoder says \"no signal\" since last night's update.",
					"The wifi drops every ten minutes in the living room although the box is right there."),
			"ORDER_STATUS", List.of("I ordered a phone ten days ago and still have no news about the delivery.",
					"Could you tell me where my order is? The tracking has not moved since Monday.",
					"The parcel shows as delivered but I received nothing."),
			"BILLING", List.of("This month's bill is much higher than usual, yet I changed nothing.",
					"I was charged twice for the same bill, please refund me.", "Could you send me a copy of my March bill?"),
			"INFORMATION", List.of("What are your shop's opening hours on Saturday?",
					"I am moving next month: do I keep my plan at the new address?", "How do I change the password of my account?"),
			"CANCELLATION_REQUEST", List.of("I wish to cancel my plan at the end of the month, please confirm what to do.",
					"I am moving abroad and need to end my contract.",
					"A competitor offers me a lower price and I am thinking of leaving. Do you have anything to offer?"));
	private static final Map<String, List<String>> ANSWERS_FR = Map.of(
			"COMPLAINT", List.of("Je suis vraiment désolé pour ce rendez-vous manqué. J’ai fixé un nouveau passage en priorité et ajouté un geste commercial sur votre prochaine facture."),
			"ORDER", List.of("Avec plaisir ! L’installation se fait sous 7 jours ouvrés ; je vous envoie le lien pour choisir votre créneau."),
			"TECHNICAL_HELP", List.of("Merci pour ces précisions. Une panne est en cours dans votre quartier, le rétablissement est prévu ce soir ; redémarrez la box après 20 h."),
			"ORDER_STATUS", List.of("J’ai vérifié auprès du transporteur : votre colis arrive demain avant 13 h. Je reste à votre disposition."),
			"BILLING", List.of("Vous avez raison, une erreur s’est glissée : l’avoir correspondant est émis et apparaîtra sur votre prochaine facture."),
			"INFORMATION", List.of("Bonne nouvelle : tout est possible depuis votre espace client, rubrique « Mon compte ». Je vous y guide si besoin."),
			"CANCELLATION_REQUEST", List.of("Je comprends votre choix et je regrette de vous voir partir. Avant de confirmer, puis-je vous proposer de vous rappeler pour en parler ?"));
	private static final Map<String, List<String>> ANSWERS_EN = Map.of(
			"COMPLAINT", List.of("I am truly sorry about the missed appointment. I booked a new visit as a priority and added a goodwill credit to your next bill."),
			"ORDER", List.of("With pleasure! Installation takes 7 working days; I am sending you the link to choose your slot."),
			"TECHNICAL_HELP", List.of("Thank you for the details. There is an outage in your area, fixed tonight; please restart the box after 8 pm."),
			"ORDER_STATUS", List.of("I checked with the carrier: your parcel arrives tomorrow before 1 pm. I remain at your disposal."),
			"BILLING", List.of("You are right, there was a mistake: the credit note is issued and will show on your next bill."),
			"INFORMATION", List.of("Good news: you can do it all from your account, under \"My account\". I can guide you if needed."),
			"CANCELLATION_REQUEST", List.of("I understand and I am sorry to see you go. Before I confirm, may I call you back to talk it over?"));

	private WrittenTexts() {
	}

	static String question(SplittableRandom random, String reason, String language) {
		return pick(random, ("en".equals(language) ? QUESTIONS_EN : QUESTIONS_FR).get(reason));
	}

	/** The advisor's answer, greeting the customer by their first name and signed by the service. */
	static String answer(SplittableRandom random, String reason, String language, String firstName) {
		boolean english = "en".equals(language);
		String words = pick(random, (english ? ANSWERS_EN : ANSWERS_FR).get(reason));
		return (english ? "Hello " : "Bonjour ") + firstName + ",\n\n" + words + (english ? "\n\nCustomer service" : "\n\nLe service client");
	}

	private static String pick(SplittableRandom random, List<String> texts) {
		return texts.get(random.nextInt(texts.size()));
	}
}
