package fr.fidele.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.people.Coaching;
import fr.fidele.people.NewCoachingSession;
import fr.fidele.people.NewObjective;
import fr.fidele.people.Objectives;
import fr.fidele.people.Pulse;
import fr.fidele.people.Training;
import fr.fidele.people.TrainingModule;
import fr.fidele.quality.Evaluation;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.Skill;
import org.springframework.stereotype.Component;

/**
 * The demo's people: a training module per skill of the seed's list, one or two followed by each advisor in the last
 * year, the quarter's objectives of each team (CSAT, FCR) and of Camille (NPS, quality), the planted hang-up advisor
 * coached on their worst evaluation, and the pulse of the last six months and of this one, answered by every advisor.
 */
@Component
class DemoGrowth {

	private static final List<TrainingModule> MODULES = List.of(
			new TrainingModule("ACCUEIL", "Accueillir et conclure", "Greeting and closing", Skill.BEHAVIOUR, "Se présenter, appeler le client par son nom, vérifier que tout est réglé.",
					"Introduce yourself, use the customer's name, check everything is settled.", 60, true),
			new TrainingModule("ECOUTE", "Écoute active", "Active listening", Skill.LISTENING, "Reformuler, questionner, laisser finir.",
					"Rephrase, ask, let the customer finish.", 90, true),
			new TrainingModule("STRESS", "Garder son calme", "Keeping calm", Skill.STRESS, "Reconnaître la colère, ralentir, reprendre la main.",
					"Recognise anger, slow down, take the lead again.", 120, true),
			new TrainingModule("OFFRES", "Nos offres et nos contrats", "Our offers and contracts", Skill.BUSINESS, "Les contrats, les prix, la facture ligne par ligne.",
					"Contracts, prices, the bill line by line.", 180, true),
			new TrainingModule("POLITIQUE", "Politique commerciale et communication", "Commercial and communication policy", Skill.POLICY,
					"Ce qu'on promet, ce qu'on ne promet pas, les campagnes en cours.", "What we promise, what we do not, the campaigns running.", 60, true));

	private final Training training;
	private final Objectives objectives;
	private final Coaching coaching;
	private final Pulse pulse;
	private final Evaluations evaluations;
	private final Users users;
	private final Clock clock;

	DemoGrowth(Training training, Objectives objectives, Coaching coaching, Pulse pulse, Evaluations evaluations, Users users, Clock clock) {
		this.training = training;
		this.objectives = objectives;
		this.coaching = coaching;
		this.pulse = pulse;
		this.evaluations = evaluations;
		this.users = users;
		this.clock = clock;
	}

	void write(DemoPeople.Staff staff, LocalDate end, SplittableRandom random) {
		long julien = users.findByUsername("julien").orElseThrow().id();
		MODULES.forEach(training::save);
		for (long advisor : staff.advisorIds()) {
			int followed = 1 + random.nextInt(2);
			for (int i = 0; i < followed; i++) {
				training.followed(advisor, MODULES.get(random.nextInt(MODULES.size())).code(), end.minusDays(30 + random.nextInt(300)), julien);
			}
		}
		LocalDate quarter = end.withDayOfMonth(1).minusMonths((end.getMonthValue() - 1) % 3);
		LocalDate quarterEnd = quarter.plusMonths(3).minusDays(1);
		for (Map.Entry<Long, String> team : users.teams().entrySet()) {
			objectives.set(new NewObjective(null, team.getKey(), "CSAT", new BigDecimal("80"), quarter, quarterEnd, null), julien);
			objectives.set(new NewObjective(null, team.getKey(), "FCR", new BigDecimal("75"), quarter, quarterEnd, null), julien);
		}
		long camille = users.findByUsername("camille").orElseThrow().id();
		objectives.set(new NewObjective(camille, null, "NPS", new BigDecimal("30"), quarter, quarterEnd, "Votre NPS du trimestre dernier : à tenir."), julien);
		objectives.set(new NewObjective(camille, null, "QUALITY_SCORE", new BigDecimal("80"), quarter, quarterEnd, null), julien);
		if (staff.hangUpAdvisor() >= 0) {
			long rushed = staff.advisorIds()[staff.hangUpAdvisor()];
			evaluations.ofAdvisor(rushed).stream().filter(e -> e.score() != null).min(java.util.Comparator.comparing(Evaluation::score))
				.ifPresent(worst -> coaching.record(new NewCoachingSession(rushed, end.minusDays(10), "Raccrochages et accueil", List.of(worst.id()),
						"Ne plus raccrocher : transférer ou proposer un rappel ; écouter un appel par jour avec le superviseur.", end.plusDays(4)), julien));
		}
		// six ended months of pulse, then this month's, every advisor answering once a month
		List<Pulse.TeamAnswer> past = new ArrayList<>();
		for (long advisor : staff.advisorIds()) {
			User user = users.findById(advisor).orElseThrow();
			for (int back = 6; back >= 1; back--) {
				int base = 3 + random.nextInt(2);
				past.add(new Pulse.TeamAnswer(user.teamId(), YearMonth.now(clock).minusMonths(back), base, Math.min(5, base + random.nextInt(2)),
						Math.max(1, base - random.nextInt(2))));
			}
			int base = 3 + random.nextInt(2);
			pulse.answer(SignedInUser.of(user), base, Math.min(5, base + random.nextInt(2)), Math.max(1, base - random.nextInt(2)));
		}
		pulse.load(past);
	}
}
