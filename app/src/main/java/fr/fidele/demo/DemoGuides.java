package fr.fidele.demo;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.customers.Expertise;
import fr.fidele.guidance.GuideVariant;
import fr.fidele.guidance.Guides;
import fr.fidele.guidance.NewGuide;
import fr.fidele.guidance.NewVersion;
import fr.fidele.guidance.Situation;
import org.springframework.stereotype.Component;

/**
 * The demo company's interview guides, in French and English, by customer expertise: a complaint, technical help, a
 * bill, and a customer thinking of leaving. Written by the supervisor {@code julien} and approved by {@code admin}, as
 * a second person must. Every variant has {@value #STEPS} steps, so that the simulation's "followed up to step n" fits
 * each.
 */
@Component
class DemoGuides {

	static final String COMPLAINT = "COMPLAINT";
	static final String TECHNICAL_HELP = "TECHNICAL_HELP";
	static final String BILLING = "BILLING";
	static final int STEPS = 4;

	private final Guides guides;
	private final Users users;

	DemoGuides(Guides guides, Users users) {
		this.guides = guides;
		this.users = users;
	}

	void write() {
		long author = users.findByUsername("julien").map(User::id).orElseThrow();
		long approver = users.findByUsername("admin").map(User::id).orElseThrow();
		guide(new NewGuide(COMPLAINT, "Réclamation : écouter, reconnaître, réparer", "Complaint: listen, acknowledge, repair", COMPLAINT, null, null, null),
				author, approver,
				variant(Expertise.NOVICE, "fr", "Le client est mécontent : laissez-le parler jusqu’au bout, sans l’interrompre.",
						"Reformulez ce qui s’est passé avec des mots simples et **excusez-vous** pour la gêne.",
						"Expliquez ce que vous allez faire, étape par étape, et quand il aura des nouvelles.",
						"Vérifiez que la solution lui convient.\n   - Oui → 4\n   - Non → 2",
						"**À éviter** : le jargon, et promettre ce qui ne dépend pas de vous."),
				variant(Expertise.INTERMEDIATE, "fr", "Écoutez la réclamation jusqu’au bout.",
						"Reconnaissez le problème et excusez-vous une fois, sincèrement.",
						"Proposez la réparation adaptée (geste, intervention, correction) et son délai.",
						"Confirmez par écrit ce qui a été convenu.\n   - Le client accepte → 4\n   - Le client refuse → 2",
						"**À éviter** : justifier l’erreur avant d’avoir écouté."),
				variant(Expertise.EXPERT, "fr", "Client expert : allez droit au diagnostic qu’il a déjà fait, ne le lui refaites pas faire.",
						"Reconnaissez le problème et donnez-lui la référence du dossier.",
						"Proposez directement la réparation et son délai ; laissez-le choisir entre les options.",
						"Confirmez par écrit, avec un contact direct s’il faut revenir.",
						"**À éviter** : les questions de base auxquelles il a déjà répondu."),
				variant(Expertise.NOVICE, "en", "The customer is unhappy: let them speak to the end, without interrupting.",
						"Restate what happened in plain words and **apologise** for the trouble.",
						"Explain what you will do, step by step, and when they will hear from us.",
						"Check that the solution suits them.\n   - Yes → 4\n   - No → 2",
						"**Avoid**: jargon, and promising what does not depend on you."),
				variant(Expertise.INTERMEDIATE, "en", "Listen to the complaint to the end.", "Acknowledge the problem and apologise once, sincerely.",
						"Offer the right repair (a gesture, a visit, a correction) and when.",
						"Confirm in writing what was agreed.\n   - The customer agrees → 4\n   - The customer refuses → 2",
						"**Avoid**: justifying the mistake before having listened."),
				variant(Expertise.EXPERT, "en", "Expert customer: start from the diagnosis they already made; do not make them redo it.",
						"Acknowledge the problem and give them the case reference.",
						"Offer the repair and when straight away; let them choose between the options.",
						"Confirm in writing, with a direct contact should they need to come back.",
						"**Avoid**: basic questions they already answered."));
		guide(new NewGuide(TECHNICAL_HELP, "Dépannage pas à pas", "Step-by-step troubleshooting", TECHNICAL_HELP, null, null, null), author, approver,
				variant(Expertise.NOVICE, "fr", "Demandez ce qui ne marche pas et depuis quand.",
						"Faites vérifier les branchements et les voyants, un par un.",
						"Faites redémarrer l’équipement et attendez avec le client.",
						"Le service est-il revenu ?\n   - Oui → 4\n   - Non → 1", "Si rien n’y fait, planifiez l’intervention d’un technicien."),
				variant(Expertise.INTERMEDIATE, "fr", "Demandez ce qui ne marche pas et ce qui a déjà été essayé.",
						"Lancez le test de ligne à distance pendant l’appel.", "Faites redémarrer l’équipement si le test le demande.",
						"Le service est-il revenu ?\n   - Oui → 4\n   - Non → 2", "Sinon, planifiez l’intervention d’un technicien."),
				variant(Expertise.EXPERT, "fr", "Demandez le diagnostic que le client a fait (voyants, test, redémarrage).",
						"Lancez le test de ligne à distance et partagez le résultat brut.", "Ne refaites pas les vérifications de base déjà faites.",
						"Le service est-il revenu ?\n   - Oui → 4\n   - Non → 2", "Sinon, planifiez le technicien au créneau que le client choisit."),
				variant(Expertise.NOVICE, "en", "Ask what does not work and since when.", "Have them check the cables and the lights, one by one.",
						"Have them restart the equipment and wait with them.", "Is the service back?\n   - Yes → 4\n   - No → 1",
						"If nothing helps, book a technician."),
				variant(Expertise.INTERMEDIATE, "en", "Ask what does not work and what was already tried.", "Run the remote line test during the call.",
						"Have them restart the equipment if the test asks for it.", "Is the service back?\n   - Yes → 4\n   - No → 2",
						"Otherwise, book a technician."),
				variant(Expertise.EXPERT, "en", "Ask for the diagnosis the customer made (lights, test, restart).",
						"Run the remote line test and share the raw result.", "Do not redo the basic checks already done.",
						"Is the service back?\n   - Yes → 4\n   - No → 2", "Otherwise, book the technician at the slot the customer picks."));
		guide(new NewGuide(BILLING, "Question de facture", "A question about a bill", BILLING, null, null, null), author, approver,
				variant(Expertise.NOVICE, "fr", "Ouvrez la facture avec le client, ligne par ligne.", "Expliquez chaque montant avec des mots simples.",
						"Corrigez l’erreur s’il y en a une, et dites quand le remboursement arrivera.", "Proposez la facture par e-mail chaque mois.",
						"**À éviter** : les abréviations de la facture."),
				variant(Expertise.EXPERT, "fr", "Demandez la ligne en question.", "Donnez le détail du calcul (prorata, tarif, taxes).",
						"Corrigez l’erreur s’il y en a une, et dites quand le remboursement arrivera.", "Proposez l’export détaillé de la consommation.",
						"**À éviter** : réexpliquer toute la facture."),
				variant(Expertise.NOVICE, "en", "Open the bill with the customer, line by line.", "Explain each amount in plain words.",
						"Correct any mistake, and say when the refund will arrive.", "Offer the bill by e-mail each month.",
						"**Avoid**: the bill's abbreviations."),
				variant(Expertise.EXPERT, "en", "Ask which line is in question.", "Give the detail of the calculation (pro rata, rate, taxes).",
						"Correct any mistake, and say when the refund will arrive.", "Offer the detailed consumption export.",
						"**Avoid**: explaining the whole bill again."));
		guide(new NewGuide("RETENTION", "Client qui pense partir", "A customer thinking of leaving", null, null, null, Situation.CHURN_RISK), author,
				approver,
				variant(Expertise.NOVICE, "fr", "Demandez ce qui l’amène à vouloir partir, et écoutez.", "Résumez sa raison avec ses mots.",
						"Proposez ce qui répond à cette raison-là, pas une remise par défaut.",
						"Respectez sa décision.\n   - Il reste → 4\n   - Il part → 4", "S’il part, facilitez la résiliation et remerciez-le."),
				variant(Expertise.EXPERT, "fr", "Demandez sa raison et les offres concurrentes qu’il a comparées.", "Comparez honnêtement, chiffres à l’appui.",
						"Proposez ce qui répond à sa raison.", "Respectez sa décision.\n   - Il reste → 4\n   - Il part → 4",
						"S’il part, facilitez la résiliation et remerciez-le."),
				variant(Expertise.NOVICE, "en", "Ask what makes them want to leave, and listen.", "Sum up their reason in their words.",
						"Offer what answers that reason, not a default discount.", "Respect their decision.\n   - They stay → 4\n   - They leave → 4",
						"If they leave, make it easy and thank them."),
				variant(Expertise.EXPERT, "en", "Ask their reason and the competing offers they compared.", "Compare honestly, with figures.",
						"Offer what answers their reason.", "Respect their decision.\n   - They stay → 4\n   - They leave → 4",
						"If they leave, make it easy and thank them."));
	}

	private void guide(NewGuide guide, long author, long approver, GuideVariant... variants) {
		guides.create(guide);
		guides.write(guide.code(), new NewVersion("première version", List.of(variants)), author);
		guides.propose(guide.code(), 1);
		guides.approve(guide.code(), 1, approver);
	}

	/** An introduction, {@value #STEPS} numbered steps (a step's branches already written under it) and a closing line. */
	private static GuideVariant variant(Expertise expertise, String language, String... lines) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < STEPS; i++) {
			parts.add((i + 1) + ". " + lines[i]);
		}
		return new GuideVariant(expertise, language, String.join("\n", parts) + "\n\n" + lines[STEPS]);
	}
}
