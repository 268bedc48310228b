package fr.fidele.people.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.people.Coaching;
import fr.fidele.people.NewCoachingSession;
import fr.fidele.people.NewObjective;
import fr.fidele.people.ObjectiveMeasure;
import fr.fidele.people.Objectives;
import fr.fidele.people.Pulse;
import fr.fidele.people.PulseRelation;
import fr.fidele.people.Training;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people}: the objectives and their progress, the training catalogue and records, the coaching follow-ups due
 * and the pulse by team, with the supervisors' forms; {@code /people/mine}: an advisor's objectives, the training
 * their evaluations point to, their coaching sessions, and this month's pulse.
 */
@Controller
class PeoplePages {

	private static final String PAGE = "redirect:/people";

	private final Objectives objectives;
	private final Training training;
	private final Coaching coaching;
	private final Pulse pulse;
	private final PulseRelation relation;
	private final Users users;
	private final PageActions actions;

	PeoplePages(Objectives objectives, Training training, Coaching coaching, Pulse pulse, PulseRelation relation, Users users, PageActions actions) {
		this.objectives = objectives;
		this.training = training;
		this.coaching = coaching;
		this.pulse = pulse;
		this.relation = relation;
		this.users = users;
		this.actions = actions;
	}

	@GetMapping("/people")
	String overview(Model model) {
		List<User> advisors = users.withRole(Role.ADVISOR);
		model.addAttribute("objectives", objectives.current()).addAttribute("modules", training.modules())
			.addAttribute("followUps", coaching.followUpsDue()).addAttribute("pulse", pulse.byTeam()).addAttribute("relation", relation.of())
			.addAttribute("advisors", advisors).addAttribute("teams", users.teams()).addAttribute("measures", ObjectiveMeasure.values())
			.addAttribute("names", users.displayNames(new HashSet<>(advisors.stream().map(User::id).toList())));
		return "people/overview";
	}

	@PostMapping("/people/objectives")
	String objective(@RequestParam(required = false) Long advisor, @RequestParam(required = false) Long team,
			@RequestParam(required = false) String measure, @RequestParam(required = false) BigDecimal target,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String note,
			SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> objectives.set(new NewObjective(advisor, team, measure, target, from, to, note), me.id()));
	}

	@PostMapping("/people/training/records")
	String followed(@RequestParam(required = false) Long advisor, @RequestParam(required = false) String module,
			@RequestParam(required = false) LocalDate completedOn, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> training.followed(advisor, module, completedOn, me.id()));
	}

	@PostMapping("/people/coaching")
	String coach(@RequestParam(required = false) Long advisor, @RequestParam(required = false) LocalDate heldOn,
			@RequestParam(required = false) String topic, @RequestParam(defaultValue = "") List<Long> evaluations,
			@RequestParam(required = false) String actions, @RequestParam(required = false) LocalDate followUpOn, SignedInUser me,
			RedirectAttributes flash) {
		return this.actions.act(flash, PAGE,
				() -> coaching.record(new NewCoachingSession(advisor, heldOn, topic, evaluations, actions, followUpOn), me.id()));
	}

	@PostMapping("/people/coaching/{id}/follow-up")
	String followUp(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> coaching.followUp(id, note));
	}

	@GetMapping("/people/mine")
	String mine(SignedInUser me, Model model) {
		model.addAttribute("objectives", objectives.ofAdvisor(me.id(), me.teamId())).addAttribute("recommended", training.recommended(me.id()))
			.addAttribute("followed", training.of(me.id())).addAttribute("modules", training.modules()).addAttribute("sessions", coaching.of(me.id()))
			.addAttribute("pulseAnswered", pulse.answeredThisMonth(me.id()));
		return "people/mine";
	}

	@PostMapping("/people/pulse")
	String answer(@RequestParam(required = false) Integer satisfied, @RequestParam(required = false) Integer equipped,
			@RequestParam(required = false) Integer recommend, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/people/mine", () -> pulse.answer(me, satisfied, equipped, recommend));
	}
}
