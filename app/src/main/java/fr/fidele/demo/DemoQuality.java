package fr.fidele.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Contacts;
import fr.fidele.quality.Answer;
import fr.fidele.quality.Calibrations;
import fr.fidele.quality.Contests;
import fr.fidele.quality.Criterion;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.Evaluation;
import fr.fidele.quality.EvaluationDraws;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.Grid;
import fr.fidele.quality.Grids;
import fr.fidele.quality.NewCalibration;
import fr.fidele.quality.NewEvaluation;
import fr.fidele.quality.Skill;
import org.springframework.stereotype.Component;

/**
 * The demo's quality: its grids, the last three months' draws evaluated by Julien (each advisor with a level of their
 * own, the planted hang-up advisor weak in behaviour and calm), one contest waiting for an answer, and a calibration of
 * four evaluators that replays Krippendorff's worked example (2011), so that its agreement is known: α = 0.849 on the
 * scores, 0.815 on the criterion.
 */
@Component
class DemoQuality {

	/** Krippendorff's reliability data (2011, section C): twelve contacts, four evaluators, answers 1 to 5, NaN missing. */
	private static final double N = Double.NaN;
	static final double[][] KRIPPENDORFF_2011 = { { 1, 1, N, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 }, { 2, 2, 2, 2 }, { 1, 2, 3, 4 },
			{ 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { N, 5, 5, 5 }, { N, N, 1, 1 }, { N, 3, N, N } };
	static final List<String> EVALUATORS = List.of("julien", "superviseur-02", "superviseur-03", "admin");

	private final Users users;
	private final Grids grids;
	private final EvaluationDraws draws;
	private final Evaluations evaluations;
	private final Contests contests;
	private final Calibrations calibrations;
	private final Contacts contacts;

	DemoQuality(Users users, Grids grids, EvaluationDraws draws, Evaluations evaluations, Contests contests, Calibrations calibrations,
			Contacts contacts) {
		this.users = users;
		this.grids = grids;
		this.draws = draws;
		this.evaluations = evaluations;
		this.contests = contests;
		this.calibrations = calibrations;
		this.contacts = contacts;
	}

	/** Writes the grids, the evaluations and the calibration; returns the any-contact grid, which mystery shopping also uses. */
	Grid write(DemoPeople.Staff staff, LocalDate end, SplittableRandom random) {
		long julien = id("julien");
		long camille = id("camille");
		grids.save(DemoGrids.CALLS, julien);
		Grid any = grids.save(DemoGrids.ANY, julien);
		Grid calibration = grids.save(DemoGrids.CALIBRATION, julien);
		long hangUp = staff.hangUpAdvisor() < 0 ? -1 : staff.advisorIds()[staff.hangUpAdvisor()];
		List<Long> lastMonth = new ArrayList<>();
		Evaluation contested = null;
		for (int back = 2; back >= 0; back--) {
			YearMonth month = YearMonth.from(end).minusMonths(back);
			draws.draw(month, 1);
			for (var pick : draws.picks(month)) {
				Contact contact = contacts.find(pick.contactId()).orElseThrow();
				Grid grid = grids.fitting(contact.channel(), contact.reasonCode()).orElseThrow();
				double level = level(pick.advisorId());
				Evaluation done = evaluations.evaluate(new NewEvaluation(grid.id(), contact.id(), pick.advisorId(), null,
						answers(grid, level, pick.advisorId() == hangUp, random), null), julien);
				lastMonth.add(contact.id());
				if (contested == null && pick.advisorId() == camille && done.score() != null) {
					contested = contests.contest(done.id(), pick.advisorId(), "Le client avait déjà été identifié par le serveur vocal.");
				}
			}
		}
		calibrate(calibration, lastMonth.subList(Math.max(0, lastMonth.size() - KRIPPENDORFF_2011.length), lastMonth.size()), julien);
		return any;
	}

	private void calibrate(Grid grid, List<Long> contactIds, long julien) {
		if (contactIds.size() < KRIPPENDORFF_2011.length) {
			return;
		}
		List<Long> evaluators = EVALUATORS.stream().map(this::id).toList();
		long session = calibrations.open(new NewCalibration("Étalonnage du mois", grid.id(), contactIds, evaluators), julien).id();
		for (int u = 0; u < KRIPPENDORFF_2011.length; u++) {
			for (int e = 0; e < evaluators.size(); e++) {
				double value = KRIPPENDORFF_2011[u][e];
				if (!Double.isNaN(value)) {
					calibrations.score(session, new NewEvaluation(grid.id(), contactIds.get(u), null, null, List.of(new Answer(1, (int) value, null)),
							null), evaluators.get(e));
				}
			}
		}
	}

	/** An advisor's level, from 0.55 to 0.95, drawn from their id so that every load gives the same. */
	static double level(long advisorId) {
		return 0.55 + 0.4 * new SplittableRandom(advisorId * 0x9E3779B97F4A7C15L).nextDouble();
	}

	private static List<Answer> answers(Grid grid, double level, boolean rushed, SplittableRandom random) {
		List<Answer> answers = new ArrayList<>();
		for (int p = 1; p <= grid.criteria().size(); p++) {
			Criterion c = grid.criteria().get(p - 1);
			// the advisor who hangs up on customers to keep calls short greets little and keeps calm less
			double own = rushed && (c.skill() == Skill.BEHAVIOUR || c.skill() == Skill.STRESS) ? 0.3 : level;
			int value = c.kind() == CriterionKind.YES_NO ? (random.nextDouble() < (c.critical() ? 0.97 : own) ? 1 : 0)
					: (int) Math.max(1, Math.min(c.scaleMax(), Math.round(1 + (c.scaleMax() - 1) * own + 0.8 * random.nextGaussian())));
			answers.add(new Answer(p, value, null));
		}
		return answers;
	}

	private long id(String username) {
		return users.findByUsername(username).map(User::id).orElseThrow();
	}
}
