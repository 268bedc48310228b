package fr.fidele.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.mystery.Assignments;
import fr.fidele.mystery.Campaign;
import fr.fidele.mystery.Campaigns;
import fr.fidele.mystery.NewCampaign;
import fr.fidele.mystery.Scenario;
import fr.fidele.mystery.Visit;
import fr.fidele.quality.Answer;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.Grid;
import org.springframework.stereotype.Component;

/**
 * The demo's mystery shopping: a campaign of two scenarios (a cancellation by phone, a bill question by e-mail), three
 * monthly waves, three visits per scenario and wave at the company and at each of two competitors, all by the shopper
 * {@code mystere}. The company gets better wave after wave (its level 0.6, 0.7, 0.8), Volta Direct stays good (0.75),
 * Énergie Plus stays weak (0.5).
 */
@Component
class DemoMystery {

	static final int WAVES = 3;
	static final int VISITS = 3;
	private static final double[] COMPANY = { 0.6, 0.7, 0.8 };
	private static final double VOLTA = 0.75;
	private static final double ENERGIE_PLUS = 0.5;

	private final Campaigns campaigns;
	private final Assignments assignments;
	private final Users users;

	DemoMystery(Campaigns campaigns, Assignments assignments, Users users) {
		this.campaigns = campaigns;
		this.assignments = assignments;
		this.users = users;
	}

	void write(Grid grid, LocalDate end, SplittableRandom random) {
		long julien = users.findByUsername("julien").orElseThrow().id();
		SignedInUser shopper = SignedInUser.of(users.findByUsername("mystere").orElseThrow());
		long volta = campaigns.competitor("Volta Direct").id();
		long energiePlus = campaigns.competitor("Énergie Plus").id();
		Campaign campaign = campaigns.create(new NewCampaign("Résilier, comprendre sa facture", grid.id(), List.of(
				new NewCampaign.NewScenario("Je veux résilier", "Client depuis trois ans, a trouvé moins cher ailleurs", Channel.PHONE,
						"Les frais et la date de fin du contrat", "Explique les frais et la date sans détour, propose une offre adaptée sans insister"),
				new NewCampaign.NewScenario("Ma facture a doublé", "Facture d'hiver deux fois plus élevée que l'an dernier", Channel.EMAIL,
						"Pourquoi la facture a doublé", "Répond sous 24 h, explique la consommation ligne par ligne, propose un échéancier"))), julien);
		for (int wave = 1; wave <= WAVES; wave++) {
			LocalDate day = end.minusMonths(WAVES - wave).minusDays(20);
			for (Scenario scenario : campaign.scenarios()) {
				for (int visit = 0; visit < VISITS; visit++) {
					report(scenario, wave, shopper, null, COMPANY[wave - 1], day.plusDays(visit), grid, random);
					report(scenario, wave, shopper, volta, VOLTA, day.plusDays(visit), grid, random);
					report(scenario, wave, shopper, energiePlus, ENERGIE_PLUS, day.plusDays(visit), grid, random);
				}
			}
		}
	}

	private void report(Scenario scenario, int wave, SignedInUser shopper, Long competitor, double level, LocalDate day, Grid grid,
			SplittableRandom random) {
		long id = assignments.assign(scenario.id(), wave, shopper.id(), competitor, day.plusDays(5)).id();
		List<Answer> answers = new ArrayList<>();
		for (int p = 1; p <= grid.criteria().size(); p++) {
			var c = grid.criteria().get(p - 1);
			answers.add(new Answer(p, c.kind() == CriterionKind.YES_NO ? (random.nextDouble() < level ? 1 : 0)
					: (int) Math.max(1, Math.min(c.scaleMax(), Math.round(1 + (c.scaleMax() - 1) * level + 0.7 * random.nextGaussian()))), null));
		}
		Instant at = day.atTime(10 + random.nextInt(7), random.nextInt(60)).toInstant(ZoneOffset.UTC);
		assignments.report(id, shopper, new Visit(at, scenario.channel(),
				scenario.channel() == Channel.PHONE ? "Appel de " + (3 + random.nextInt(9)) + " minutes ; notes prises pendant l'appel."
						: "Réponse reçue par courriel, conservée avec ses pièces jointes.",
				answers));
	}
}
