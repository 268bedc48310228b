package fr.fidele.quality.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Reasons;
import fr.fidele.platform.web.PageActions;
import fr.fidele.quality.Calibration;
import fr.fidele.quality.Calibrations;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.Evaluation;
import fr.fidele.quality.EvaluationDraws;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.Grids;
import fr.fidele.quality.NewCalibration;
import fr.fidele.quality.Pick;
import fr.fidele.quality.QualityFigures;
import fr.fidele.quality.Skill;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /quality}: the month's drawn contacts, the contests to answer, the figures per advisor and whether contacts
 * that score well keep customers, the grids and the calibration sessions; {@code /quality/grids/*} writes a grid's
 * next version; {@code /quality/calibrations/*} shows a session's agreement.
 */
@Controller
class QualityPages {

	private static final String OVERVIEW = "redirect:/quality";

	private final Grids grids;
	private final Evaluations evaluations;
	private final EvaluationDraws draws;
	private final Calibrations calibrations;
	private final QualityFigures figures;
	private final Users users;
	private final Reasons reasons;
	private final PageActions actions;
	private final Clock clock;

	QualityPages(Grids grids, Evaluations evaluations, EvaluationDraws draws, Calibrations calibrations, QualityFigures figures, Users users,
			Reasons reasons, PageActions actions, Clock clock) {
		this.grids = grids;
		this.evaluations = evaluations;
		this.draws = draws;
		this.calibrations = calibrations;
		this.figures = figures;
		this.users = users;
		this.reasons = reasons;
		this.actions = actions;
		this.clock = clock;
	}

	@GetMapping("/quality")
	String overview(@RequestParam(required = false) YearMonth month, Model model) {
		YearMonth shown = month != null ? month : YearMonth.now(clock);
		List<Pick> picks = draws.picks(shown);
		Set<Long> people = new HashSet<>();
		picks.forEach(pick -> people.add(pick.advisorId()));
		List<Evaluation> contests = evaluations.awaitingDecision();
		contests.forEach(e -> people.add(e.advisorId()));
		model.addAttribute("month", shown).addAttribute("picks", picks).addAttribute("contests", contests)
			.addAttribute("names", users.displayNames(people)).addAttribute("advisors", figures.byAdvisor())
			.addAttribute("outcomes", figures.outcomes()).addAttribute("grids", grids.current()).addAttribute("calibrations", calibrations.all())
			.addAttribute("evaluators", evaluators());
		return "quality/overview";
	}

	@PostMapping("/quality/draws")
	String draw(@RequestParam(required = false) YearMonth month, @RequestParam(defaultValue = "4") int perAdvisor, RedirectAttributes flash) {
		YearMonth drawn = month != null ? month : YearMonth.now(clock);
		// by the reasons' names: the page reads them as text keys
		return actions.act(flash, OVERVIEW + "?month=" + drawn, () -> flash.addFlashAttribute("drawn", draws.draw(drawn, perAdvisor).entrySet().stream()
			.collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))));
	}

	@GetMapping("/quality/grids/new")
	String newGrid(@RequestParam(required = false) Long from, Model model) {
		model.addAttribute("form", GridForm.of(from == null ? null : grids.grid(from))).addAttribute("channels", Channel.values())
			.addAttribute("reasons", reasons.all()).addAttribute("kinds", CriterionKind.values()).addAttribute("skills", Skill.values());
		return "quality/grid";
	}

	@PostMapping("/quality/grids")
	String saveGrid(@ModelAttribute GridForm form, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, OVERVIEW, () -> grids.save(form.draft(), me.id()));
	}

	@PostMapping("/quality/calibrations")
	String openCalibration(@RequestParam(required = false) String name, @RequestParam(required = false) Long grid,
			@RequestParam(defaultValue = "") String contacts, @RequestParam(required = false) List<Long> evaluators, SignedInUser me,
			RedirectAttributes flash) {
		return actions.act(flash, OVERVIEW, () -> calibrations.open(new NewCalibration(name, grid, ContactIds.parse(contacts), evaluators), me.id()));
	}

	@GetMapping("/quality/calibrations/{id}")
	String calibration(@PathVariable long id, SignedInUser me, Model model) {
		Calibration session = calibrations.get(id);
		List<Long> toScore = calibrations.toScore(id, me.id());
		if (!toScore.isEmpty()) {
			// an evaluator scores blind: the others' scores and the agreement once they have scored every contact
			model.addAttribute("calibration", session).addAttribute("toScore", toScore);
			return "quality/calibration-blind";
		}
		var report = calibrations.report(id, me.id());
		model.addAttribute("report", report).addAttribute("names", users.displayNames(new HashSet<>(session.evaluatorIds())));
		return "quality/calibration";
	}

	/** Who may evaluate: supervisors and administrators. */
	private List<User> evaluators() {
		List<User> all = new ArrayList<>(users.withRole(Role.SUPERVISOR));
		users.withRole(Role.ADMIN).stream().filter(admin -> all.stream().noneMatch(u -> u.id() == admin.id())).forEach(all::add);
		return all;
	}
}
