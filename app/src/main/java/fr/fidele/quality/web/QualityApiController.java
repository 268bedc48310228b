package fr.fidele.quality.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.loyalty.PracticeEffects;
import fr.fidele.quality.Answer;
import fr.fidele.quality.Calibration;
import fr.fidele.quality.CalibrationReport;
import fr.fidele.quality.Calibrations;
import fr.fidele.quality.ChosenBecause;
import fr.fidele.quality.ContestDecision;
import fr.fidele.quality.Contests;
import fr.fidele.quality.Evaluation;
import fr.fidele.quality.EvaluationAccess;
import fr.fidele.quality.EvaluationDraws;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.Grid;
import fr.fidele.quality.GridDraft;
import fr.fidele.quality.Grids;
import fr.fidele.quality.NewCalibration;
import fr.fidele.quality.NewEvaluation;
import fr.fidele.quality.Pick;
import fr.fidele.quality.QualityFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quality")
@Tag(name = "Quality", description = "Evaluation grids in versions, the monthly draws, supervisors' evaluations, the advisors' comments and contests, calibration sessions with Krippendorff's alpha, and whether contacts that score well keep customers")
class QualityApiController {

	/** What an advisor writes on their evaluation: a comment, or the reason of their contest. */
	record Text(String text) {
	}

	/** A supervisor's answer to a contest; {@code answers} only when the evaluation is revised. */
	record Decision(ContestDecision decision, String answer, List<Answer> answers) {
	}

	private final Grids grids;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final Contests contests;
	private final EvaluationDraws draws;
	private final Calibrations calibrations;
	private final QualityFigures figures;

	QualityApiController(Grids grids, Evaluations evaluations, EvaluationAccess access, Contests contests, EvaluationDraws draws,
			Calibrations calibrations, QualityFigures figures) {
		this.grids = grids;
		this.evaluations = evaluations;
		this.access = access;
		this.contests = contests;
		this.draws = draws;
		this.calibrations = calibrations;
		this.figures = figures;
	}

	@GetMapping("/grids")
	@Operation(summary = "The latest version of each grid")
	List<Grid> grids() {
		return grids.current();
	}

	@GetMapping("/grids/{id}")
	@Operation(summary = "One grid version, with its criteria")
	Grid grid(@PathVariable long id) {
		return grids.grid(id);
	}

	@PostMapping("/grids")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Writes a grid's next version (the first under a new code)")
	Grid save(@RequestBody GridDraft draft, SignedInUser me) {
		return grids.save(draft, me.id());
	}

	@PostMapping("/draws")
	@Operation(summary = "Draws the month's contacts to evaluate: per advisor, n at random and up to n per reason to look closer")
	Map<ChosenBecause, Integer> draw(@RequestParam YearMonth month, @RequestParam(defaultValue = "4") int perAdvisor) {
		return draws.draw(month, perAdvisor);
	}

	@GetMapping("/draws")
	@Operation(summary = "The month's drawn contacts, those not yet evaluated first")
	List<Pick> picks(@RequestParam YearMonth month) {
		return draws.picks(month);
	}

	@PostMapping("/evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Evaluates a contact with a grid version: one answer per criterion, null for not applicable")
	Evaluation evaluate(@RequestBody NewEvaluation evaluation, SignedInUser me) {
		return evaluations.evaluate(evaluation, me.id());
	}

	@GetMapping("/evaluations/mine")
	@Operation(summary = "The evaluations of my contacts, the latest first")
	List<Evaluation> mine(SignedInUser me) {
		return evaluations.ofAdvisor(me.id());
	}

	@GetMapping("/evaluations/{id}")
	@Operation(summary = "One evaluation: an advisor reads only those of their own contacts")
	Evaluation evaluation(@PathVariable long id, SignedInUser me) {
		return access.readable(id, me);
	}

	@PostMapping("/evaluations/{id}/comment")
	@Operation(summary = "The advisor evaluated comments on it")
	Evaluation comment(@PathVariable long id, @RequestBody Text comment, SignedInUser me) {
		return contests.comment(id, me.id(), comment.text());
	}

	@PostMapping("/evaluations/{id}/contest")
	@Operation(summary = "The advisor evaluated contests it, once, with a reason")
	Evaluation contest(@PathVariable long id, @RequestBody Text reason, SignedInUser me) {
		return contests.contest(id, me.id(), reason.text());
	}

	@GetMapping("/contests")
	@Operation(summary = "Contests waiting for a supervisor's answer, the oldest first")
	List<Evaluation> awaiting() {
		return evaluations.awaitingDecision();
	}

	@PostMapping("/evaluations/{id}/decision")
	@Operation(summary = "A supervisor answers a contest: upheld, or revised with the answers as they now stand")
	Evaluation decide(@PathVariable long id, @RequestBody Decision decision, SignedInUser me) {
		return contests.decide(id, me.id(), decision.decision(), decision.answer(), decision.answers());
	}

	@GetMapping("/calibrations")
	@Operation(summary = "The calibration sessions, the latest first")
	List<Calibration> calibrations() {
		return calibrations.all();
	}

	@PostMapping("/calibrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Opens a calibration session: a grid, the contacts, at least two evaluators")
	Calibration open(@RequestBody NewCalibration session, SignedInUser me) {
		return calibrations.open(session, me.id());
	}

	@PostMapping("/calibrations/{id}/evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "An evaluator of the session scores one of its contacts, once")
	Evaluation score(@PathVariable long id, @RequestBody NewEvaluation evaluation, SignedInUser me) {
		return calibrations.score(id, evaluation, me.id());
	}

	@GetMapping("/calibrations/{id}")
	@Operation(summary = "The evaluators' agreement (Krippendorff's alpha: interval on scores, ordinal or nominal per criterion) and where they diverge; an evaluator of the session reads it once they have scored every contact")
	CalibrationReport report(@PathVariable long id, SignedInUser me) {
		return calibrations.report(id, me.id());
	}

	@GetMapping("/figures/advisors")
	@Operation(summary = "Per advisor: evaluations, mean score, share scored well (Wilson interval), critical failures, contests")
	List<QualityFigures.AdvisorQuality> advisors() {
		return figures.byAdvisor();
	}

	@GetMapping("/figures/grids/{id}")
	@Operation(summary = "Per criterion of a grid version: how often it applied and its mean answer in percent of its scale")
	List<QualityFigures.CriterionQuality> criteria(@PathVariable long id, @RequestParam(required = false) Long advisor) {
		return figures.byCriterion(id, advisor);
	}

	@GetMapping("/figures/outcomes")
	@Operation(summary = "Whether customers stay longer after a contact scored well than customers whose evaluated contacts never did")
	PracticeEffects.Practices outcomes() {
		return figures.outcomes();
	}
}
