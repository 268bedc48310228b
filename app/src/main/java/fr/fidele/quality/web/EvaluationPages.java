package fr.fidele.quality.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Contacts;
import fr.fidele.contacts.Leg;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.quality.Calibrations;
import fr.fidele.quality.ContestDecision;
import fr.fidele.quality.Contests;
import fr.fidele.quality.Evaluation;
import fr.fidele.quality.EvaluationAccess;
import fr.fidele.quality.Evaluations;
import fr.fidele.quality.FormAnswers;
import fr.fidele.quality.Grid;
import fr.fidele.quality.Grids;
import fr.fidele.quality.NewEvaluation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contact evaluated with a grid ({@code /quality/contacts/{id}/evaluate}: the contact's legs, notes and transfer
 * notes beside the grid, its case file a link away); an evaluation read by its advisor, who comments and contests it
 * once, and by the supervisor who answers the contest ({@code /quality/evaluations/{id}}); an advisor's own
 * evaluations ({@code /quality/mine}).
 */
@Controller
class EvaluationPages {

	private final Grids grids;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final Contests contests;
	private final Calibrations calibrations;
	private final Contacts contacts;
	private final Users users;
	private final PageActions actions;

	EvaluationPages(Grids grids, Evaluations evaluations, EvaluationAccess access, Contests contests, Calibrations calibrations, Contacts contacts,
			Users users, PageActions actions) {
		this.grids = grids;
		this.evaluations = evaluations;
		this.access = access;
		this.contests = contests;
		this.calibrations = calibrations;
		this.contacts = contacts;
		this.users = users;
		this.actions = actions;
	}

	@GetMapping("/quality/contacts/{contactId}/evaluate")
	String evaluate(@PathVariable long contactId, @RequestParam(required = false) Long grid, @RequestParam(required = false) Long calibration,
			Model model) {
		Contact contact = contacts.find(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
		Grid chosen = calibration != null ? grids.grid(calibrations.get(calibration).gridId())
				: grid != null ? grids.grid(grid) : grids.fitting(contact.channel(), contact.reasonCode()).orElse(null);
		model.addAttribute("contact", contact).addAttribute("grid", chosen).addAttribute("grids", grids.current())
			.addAttribute("calibration", calibration).addAttribute("names", names(contact));
		return "quality/evaluate";
	}

	@PostMapping("/quality/contacts/{contactId}/evaluations")
	String evaluated(@PathVariable long contactId, @RequestParam long grid, @RequestParam(required = false) Long calibration,
			@RequestParam(required = false) Long advisor, @RequestParam(required = false) String comment, @RequestParam Map<String, String> form,
			SignedInUser me, RedirectAttributes flash) {
		Grid used = grids.grid(grid);
		NewEvaluation evaluation = new NewEvaluation(grid, contactId, advisor, null, FormAnswers.of(used, form), comment);
		if (calibration != null) {
			return actions.act(flash, "redirect:/quality/calibrations/" + calibration, () -> calibrations.score(calibration, evaluation, me.id()));
		}
		// back on the contact: the page links to the evaluation just written, or says what to correct
		return actions.act(flash, "redirect:/quality/contacts/" + contactId + "/evaluate?grid=" + grid,
				() -> flash.addFlashAttribute("evaluated", evaluations.evaluate(evaluation, me.id()).id()));
	}

	@GetMapping("/quality/evaluations/{id}")
	String evaluation(@PathVariable long id, SignedInUser me, Model model) {
		Evaluation evaluation = access.readable(id, me);
		boolean mine = evaluation.advisorId() == me.id();
		if (mine) {
			evaluation = contests.open(id, me.id());
		}
		Set<Long> people = new HashSet<>(Set.of(evaluation.advisorId(), evaluation.evaluatorId()));
		model.addAttribute("evaluation", evaluation).addAttribute("grid", grids.grid(evaluation.gridId())).addAttribute("mine", mine)
			.addAttribute("names", users.displayNames(people)).addAttribute("decides", (me.roles().contains(Role.SUPERVISOR) || me.roles().contains(Role.ADMIN)) && !mine);
		return "quality/evaluation";
	}

	@PostMapping("/quality/evaluations/{id}/comment")
	String comment(@PathVariable long id, @RequestParam(required = false) String comment, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/quality/evaluations/" + id, () -> contests.comment(id, me.id(), comment));
	}

	@PostMapping("/quality/evaluations/{id}/contest")
	String contest(@PathVariable long id, @RequestParam(required = false) String reason, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/quality/evaluations/" + id, () -> contests.contest(id, me.id(), reason));
	}

	@PostMapping("/quality/evaluations/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) ContestDecision decision, @RequestParam(required = false) String answer,
			@RequestParam Map<String, String> form, SignedInUser me, RedirectAttributes flash) {
		Grid grid = grids.grid(evaluations.get(id).gridId());
		return actions.act(flash, "redirect:/quality/evaluations/" + id,
				() -> contests.decide(id, me.id(), decision, answer, FormAnswers.of(grid, form)));
	}

	@GetMapping("/quality/mine")
	String mine(SignedInUser me, Model model) {
		model.addAttribute("evaluations", evaluations.ofAdvisor(me.id()));
		return "quality/mine";
	}

	private Map<Long, String> names(Contact contact) {
		Set<Long> advisors = new HashSet<>();
		contact.legs().stream().map(Leg::advisorId).filter(Objects::nonNull).forEach(advisors::add);
		return users.displayNames(advisors);
	}
}
