package fr.fidele.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.quality.Answer;
import fr.fidele.quality.Calibrations;
import fr.fidele.quality.Contests;
import fr.fidele.quality.EvaluationDraws;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.Grid;
import fr.fidele.quality.Grids;
import fr.fidele.quality.QualityBulkLoad;
import fr.fidele.quality.NewCalibration;
import fr.fidele.quality.NewEvaluation;
import org.springframework.stereotype.Component;

/**
 * The demo's quality: its grids, the last year's evaluations the simulation drew ({@link EvaluatedContacts}), each
 * answered by Julien so that it scores as drawn (each advisor with a level of their own, the planted hang-up advisor weak
 * in behaviour and calm), one contest waiting for an answer, a calibration of four evaluators that replays
 * Krippendorff's worked example (2011), so that its agreement is known — α = 0.849 on the scores, 0.815 on the
 * criterion — and the last month's draw, still to evaluate.
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
	private final QualityBulkLoad bulk;

	DemoQuality(Users users, Grids grids, EvaluationDraws draws, Evaluations evaluations, Contests contests, Calibrations calibrations,
			QualityBulkLoad bulk) {
		this.users = users;
		this.grids = grids;
		this.draws = draws;
		this.evaluations = evaluations;
		this.contests = contests;
		this.calibrations = calibrations;
		this.bulk = bulk;
	}

	/**
	 * Writes the grids, the evaluations the simulation drew (each answered so that it scores as drawn), a contest, the
	 * calibration and the last month's draw still to evaluate; returns the any-contact grid, which mystery shopping uses.
	 */
	Grid write(List<EvaluatedContacts.Evaluated> drawn, LocalDate end, SplittableRandom random) {
		long julien = id("julien");
		Grid calls = grids.save(DemoGrids.CALLS, julien);
		Grid any = grids.save(DemoGrids.ANY, julien);
		Grid calibration = grids.save(DemoGrids.CALIBRATION, julien);
		List<QualityBulkLoad.Scored> scored = new ArrayList<>();
		for (EvaluatedContacts.Evaluated e : drawn) {
			Grid grid = e.channel() == Channel.PHONE ? calls : any;
			scored.add(new QualityBulkLoad.Scored(grid.id(), e.contactId(), e.customerId(), e.advisorId(), e.at(),
					DemoAnswers.scoring(grid, e.scoredWell(), e.rushed() ? EvaluatedContacts.RUSHED_LEVEL : level(e.advisorId()), e.rushed(), random)));
		}
		bulk.load(julien, scored);
		long camille = id("camille");
		evaluations.ofAdvisor(camille).stream().filter(e -> e.score() != null).findFirst()
			.ifPresent(e -> contests.contest(e.id(), camille, "Le client avait déjà été identifié par le serveur vocal."));
		List<Long> recent = drawn.stream().filter(e -> !e.at().isBefore(end.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
			.map(EvaluatedContacts.Evaluated::contactId).limit(KRIPPENDORFF_2011.length).toList();
		calibrate(calibration, recent, julien);
		draws.draw(YearMonth.from(end), 1);
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

	private long id(String username) {
		return users.findByUsername(username).map(User::id).orElseThrow();
	}
}
