package fr.fidele.people.web;

import java.time.LocalDate;
import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.people.Coaching;
import fr.fidele.people.CoachingSession;
import fr.fidele.people.NewCoachingSession;
import fr.fidele.people.NewObjective;
import fr.fidele.people.Objectives;
import fr.fidele.people.Progress;
import fr.fidele.people.Pulse;
import fr.fidele.people.PulseRelation;
import fr.fidele.people.Recommendation;
import fr.fidele.people.Training;
import fr.fidele.people.TrainingModule;
import fr.fidele.people.TrainingRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Objectives on satisfaction, loyalty, first-contact resolution and quality (never on handle time) with their progress, the training catalogue and records with the modules evaluations point to, coaching sessions, and the anonymous advisor pulse beside each team's customers")
class PeopleApiController {

	/** An advisor followed a module on a day. */
	record Followed(Long advisorId, String moduleCode, LocalDate completedOn) {
	}

	/** The follow-up of a coaching session's agreed actions. */
	record FollowUp(String note) {
	}

	/** The pulse's three statements, each 1 to 5. */
	record PulseAnswer(Integer satisfied, Integer equipped, Integer recommend) {
	}

	/** An advisor's training: what they followed and what their evaluations point to. */
	record AdvisorTraining(List<TrainingRecord> followed, List<Recommendation> recommended) {
	}

	/** The pulse by team's month, and its relation to the customers' satisfaction and loyalty. */
	record PulseFigures(List<Pulse.TeamMonth> teams, PulseRelation.Relation relation) {
	}

	private final Objectives objectives;
	private final Training training;
	private final Coaching coaching;
	private final Pulse pulse;
	private final PulseRelation relation;

	PeopleApiController(Objectives objectives, Training training, Coaching coaching, Pulse pulse, PulseRelation relation) {
		this.objectives = objectives;
		this.training = training;
		this.coaching = coaching;
		this.pulse = pulse;
		this.relation = relation;
	}

	@PostMapping("/objectives")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sets an objective for an advisor or a team: CSAT, NPS, FCR, QUALITY_SCORE or LOYALTY_CONTRIBUTION (never handle time)")
	Progress objective(@RequestBody NewObjective objective, SignedInUser me) {
		return objectives.set(objective, me.id());
	}

	@GetMapping("/objectives")
	@Operation(summary = "Every objective running or ended in the last 90 days, with its progress")
	List<Progress> objectives() {
		return objectives.current();
	}

	@GetMapping("/objectives/mine")
	@Operation(summary = "My objectives and my team's, with their progress")
	List<Progress> myObjectives(SignedInUser me) {
		return objectives.ofAdvisor(me.id(), me.teamId());
	}

	@GetMapping("/training/modules")
	@Operation(summary = "The training catalogue")
	List<TrainingModule> modules() {
		return training.modules();
	}

	@PutMapping("/training/modules/{code}")
	@Operation(summary = "Creates or changes a training module")
	TrainingModule module(@PathVariable String code, @RequestBody TrainingModule module) {
		return training.save(new TrainingModule(code, module.titleFr(), module.titleEn(), module.skill(), module.descriptionFr(), module.descriptionEn(),
				module.minutes(), module.active()));
	}

	@PostMapping("/training/records")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records that an advisor followed a module on a day")
	TrainingRecord followed(@RequestBody Followed followed, SignedInUser me) {
		return training.followed(followed.advisorId(), followed.moduleCode(), followed.completedOn(), me.id());
	}

	@GetMapping("/advisors/{id}/training")
	@Operation(summary = "What an advisor followed, and the modules their evaluations point to")
	AdvisorTraining advisorTraining(@PathVariable long id) {
		return new AdvisorTraining(training.of(id), training.recommended(id));
	}

	@GetMapping("/training/mine")
	@Operation(summary = "What I followed, and the modules my evaluations point to")
	AdvisorTraining myTraining(SignedInUser me) {
		return advisorTraining(me.id());
	}

	@PostMapping("/coaching")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a coaching session: topic, evaluations discussed, agreed actions, follow-up day")
	CoachingSession coach(@RequestBody NewCoachingSession session, SignedInUser me) {
		return coaching.record(session, me.id());
	}

	@PostMapping("/coaching/{id}/follow-up")
	@Operation(summary = "Records the follow-up of a session's agreed actions, once")
	CoachingSession followUp(@PathVariable long id, @RequestBody FollowUp followUp) {
		return coaching.followUp(id, followUp.note());
	}

	@GetMapping("/advisors/{id}/coaching")
	@Operation(summary = "An advisor's coaching sessions, the latest first")
	List<CoachingSession> advisorCoaching(@PathVariable long id) {
		return coaching.of(id);
	}

	@GetMapping("/coaching/mine")
	@Operation(summary = "My coaching sessions, the latest first")
	List<CoachingSession> myCoaching(SignedInUser me) {
		return coaching.of(me.id());
	}

	@PostMapping("/pulse")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Answers this month's pulse, anonymously (once a month)")
	void answer(@RequestBody PulseAnswer answer, SignedInUser me) {
		pulse.answer(me, answer.satisfied(), answer.equipped(), answer.recommend());
	}

	@GetMapping("/pulse")
	@Operation(summary = "The pulse by team's month (5 answers or more) and Pearson's r with the customers' CSAT share and 90-day departures")
	PulseFigures pulseFigures() {
		return new PulseFigures(pulse.byTeam(), relation.of());
	}
}
