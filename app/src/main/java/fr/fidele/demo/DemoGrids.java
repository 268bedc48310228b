package fr.fidele.demo;

import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.quality.Criterion;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.GridDraft;
import fr.fidele.quality.Skill;

/** The demo's evaluation grids: one for calls, one for any contact, and the one-criterion grid of its calibration. */
final class DemoGrids {

	static final GridDraft CALLS = new GridDraft("APPEL", "Appels", "Calls", Channel.PHONE, null, 80, List.of(
			new Criterion("Accueil", "Greeting", "Se présente et salue", "Introduces themself and greets", 2, CriterionKind.YES_NO, null, false,
					Skill.BEHAVIOUR),
			new Criterion("Conformité", "Compliance", "Vérifie l'identité avant de parler du contrat", "Checks identity before discussing the contract",
					3, CriterionKind.YES_NO, null, true, Skill.POLICY),
			new Criterion("Écoute", "Listening", "Reformule la demande", "Rephrases the request", 3, CriterionKind.SCALE, 5, false, Skill.LISTENING),
			new Criterion("Réponse", "Answer", "Donne une réponse exacte et complète", "Gives an exact and complete answer", 4, CriterionKind.SCALE, 5,
					false, Skill.BUSINESS),
			new Criterion("Attitude", "Attitude", "Reste calme et courtois", "Stays calm and courteous", 2, CriterionKind.SCALE, 5, false, Skill.STRESS),
			new Criterion("Conclusion", "Closing", "Vérifie que tout est réglé", "Checks everything is settled", 2, CriterionKind.YES_NO, null, false,
					Skill.BEHAVIOUR)));

	static final GridDraft ANY = new GridDraft("CONTACT", "Tout contact", "Any contact", null, null, 75, List.of(
			new Criterion("Accueil", "Greeting", "Salue le client par son nom", "Greets the customer by name", 2, CriterionKind.YES_NO, null, false,
					Skill.BEHAVIOUR),
			new Criterion("Écoute", "Listening", "Comprend la demande du premier coup", "Understands the request at once", 3, CriterionKind.SCALE, 5, false,
					Skill.LISTENING),
			new Criterion("Réponse", "Answer", "Donne une réponse exacte et complète", "Gives an exact and complete answer", 4, CriterionKind.SCALE, 5,
					false, Skill.BUSINESS),
			new Criterion("Politique", "Policy", "Respecte la politique commerciale", "Follows the commercial policy", 2, CriterionKind.YES_NO, null, false,
					Skill.POLICY)));

	/** One overall criterion on 1 to 5: the calibration replays Krippendorff's worked example on it (docs/demo-company.md). */
	static final GridDraft CALIBRATION = new GridDraft("ETALONNAGE", "Étalonnage", "Calibration", null, null, 75, List.of(
			new Criterion("Ensemble", "Overall", "Qualité d'ensemble du contact", "Overall quality of the contact", 1, CriterionKind.SCALE, 5, false,
					null)));

	private DemoGrids() {
	}
}
