package fr.fidele.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.knowledge.ArticleCategories;
import fr.fidele.knowledge.ArticleCategories.Category;
import fr.fidele.knowledge.ArticleDraft;
import fr.fidele.knowledge.Articles;
import fr.fidele.knowledge.Audience;
import fr.fidele.knowledge.HelpCentre;
import fr.fidele.knowledge.Synonyms;
import org.springframework.stereotype.Component;

/**
 * The demo company's knowledge base: four categories, articles in French and English for customers (the help centre)
 * and for advisors only, each tied to the contact reasons it answers; the search's synonyms; the help centre in the
 * company's colour. One article is past its review date, so that the list of articles to read again is not empty.
 */
@Component
class DemoArticles {

	private final Articles articles;
	private final ArticleCategories categories;
	private final Synonyms synonyms;
	private final HelpCentre helpCentre;
	private final Users users;
	private final Clock clock;

	DemoArticles(Articles articles, ArticleCategories categories, Synonyms synonyms, HelpCentre helpCentre, Users users, Clock clock) {
		this.articles = articles;
		this.categories = categories;
		this.synonyms = synonyms;
		this.helpCentre = helpCentre;
		this.users = users;
		this.clock = clock;
	}

	void write() {
		long author = users.findByUsername("julien").map(User::id).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		categories.save(new Category("BILLING", "Factures et paiements", "Bills and payments", 1));
		categories.save(new Category("CONTRACT", "Contrat et abonnement", "Contract and subscription", 2));
		categories.save(new Category("TECHNICAL", "Aide technique", "Technical help", 3));
		categories.save(new Category("ADVISORS", "Pratiques des conseillers", "Advisors' practices", 4));
		helpCentre.save(new HelpCentre.Settings("Fidèle Énergie", "#146c43"));
		synonyms.save("fr", """
				# des mots que les clients emploient pour la même chose
				résilier, résiliation, arrêter, annuler, quitter
				facture, note, relevé
				compteur, linky
				prélèvement, paiement automatique""", author);
		synonyms.save("en", """
				# words customers use for the same thing
				cancel, terminate, stop, quit
				bill, invoice, statement
				meter, smart meter
				direct debit, automatic payment""", author);
		LocalDate review = today.plusMonths(6);
		write(author, "lire-sa-facture", "BILLING", Audience.PUBLIC, review, List.of("BILLING"),
				"Lire sa facture", """
						Votre facture se lit en trois parties :

						1. **L’abonnement**, le même chaque mois ;
						2. **La consommation**, d’après l’index de votre compteur ;
						3. **Les taxes et contributions**, fixées par l’État.

						Une consommation *estimée* est corrigée à la relève suivante.""",
				"Reading your bill", """
						Your bill has three parts:

						1. **The subscription**, the same every month;
						2. **Your consumption**, from your meter's reading;
						3. **Taxes and levies**, set by the State.

						An *estimated* consumption is corrected at the next reading.""");
		write(author, "payer-par-prelevement", "BILLING", Audience.PUBLIC, review, List.of("BILLING"),
				"Payer par prélèvement", "Le prélèvement se met en place depuis votre espace client, avec votre IBAN. "
						+ "Il part le 10 du mois ; changez la date quand vous voulez.",
				"Paying by direct debit", "Set up direct debit from your account with your IBAN. It is taken on the 10th; change the date whenever you like.");
		write(author, "resilier-son-contrat", "CONTRACT", Audience.PUBLIC, review, List.of("CANCELLATION_REQUEST"),
				"Résilier son contrat", "La résiliation est gratuite et prend effet le jour que vous choisissez. "
						+ "Donnez-nous l’index de votre compteur ce jour-là : la dernière facture le reprend.",
				"Cancelling your contract", "Cancelling is free and takes effect on the day you choose. "
						+ "Give us your meter reading that day: the last bill uses it.");
		write(author, "demenagement", "CONTRACT", Audience.PUBLIC, review, List.of("ORDER", "CANCELLATION_REQUEST"),
				"Déménager sans coupure", "Prévenez-nous une semaine avant : nous arrêtons le contrat de l’ancien logement et ouvrons "
						+ "celui du nouveau le même jour, sans frais.",
				"Moving home without a cut", "Tell us a week before: we end the old home's contract and open the new one on the same day, free of charge.");
		write(author, "compteur-bloque", "TECHNICAL", Audience.PUBLIC, review, List.of("TECHNICAL_HELP"),
				"Mon compteur n’affiche plus rien", """
						1. Vérifiez le disjoncteur général ;
						2. Appuyez sur le bouton de défilement du compteur ;
						3. Si l’écran reste noir, appelez-nous : un technicien passe sous 48 heures.""",
				"My meter shows nothing", """
						1. Check the main circuit breaker;
						2. Press the meter's scroll button;
						3. If the screen stays dark, call us: a technician comes within 48 hours.""");
		write(author, "suivre-sa-commande", "CONTRACT", Audience.PUBLIC, review, List.of("ORDER_STATUS", "ORDER"),
				"Suivre une commande", "Chaque commande a un numéro, dans le courriel de confirmation ; son état est dans votre espace client.",
				"Following an order", "Every order has a number, in the confirmation email; its state is in your account.");
		write(author, "geste-commercial", "ADVISORS", Audience.INTERNAL, review, List.of("COMPLAINT"),
				"Geste commercial : quand et combien", "Un geste répare un tort reconnu, il n’achète pas le silence. "
						+ "Jusqu’à 30 € sans accord ; au-delà, demandez au superviseur. Notez toujours la raison dans le dossier.",
				"Goodwill gestures: when and how much", "A gesture repairs an acknowledged wrong; it does not buy silence. "
						+ "Up to €30 without approval; above, ask the supervisor. Always note the reason in the case file.");
		write(author, "client-qui-veut-partir", "ADVISORS", Audience.INTERNAL, today.minusDays(10), List.of("CANCELLATION_REQUEST"),
				"Un client veut partir", "Demandez d’abord ce qui l’amène à partir, et écoutez. Ne proposez rien avant d’avoir compris ; "
						+ "s’il part quand même, facilitez-lui la sortie : il reviendra peut-être.",
				"A customer wants to leave", "First ask what makes them want to leave, and listen. Offer nothing before you understand; "
						+ "if they leave all the same, make it easy: they may come back.");
	}

	private void write(long author, String slug, String category, Audience audience, LocalDate review, List<String> reasons, String titleFr,
			String bodyFr, String titleEn, String bodyEn) {
		articles.create(new ArticleDraft(slug, category, audience, null, review, reasons, titleFr, bodyFr, titleEn, bodyEn), author);
	}
}
