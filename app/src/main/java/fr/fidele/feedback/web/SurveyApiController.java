package fr.fidele.feedback.web;

import java.time.Instant;
import java.util.List;

import fr.fidele.feedback.RelationalSurveys;
import fr.fidele.feedback.Survey;
import fr.fidele.feedback.SurveyFigures;
import fr.fidele.feedback.SurveyFilter;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.feedback.SurveyRule;
import fr.fidele.feedback.SurveyRules;
import fr.fidele.feedback.SurveySending;
import fr.fidele.feedback.Surveys;
import fr.fidele.platform.InvalidFieldException;
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
@RequestMapping("/api/surveys")
@Tag(name = "Surveys", description = "Satisfaction surveys, the rules that send them after contacts, and their figures")
class SurveyApiController {

	private final Surveys surveys;
	private final SurveyRules rules;
	private final SurveySending sending;
	private final SurveyFigures figures;
	private final RelationalSurveys relational;

	SurveyApiController(Surveys surveys, SurveyRules rules, SurveySending sending, SurveyFigures figures, RelationalSurveys relational) {
		this.relational = relational;
		this.surveys = surveys;
		this.rules = rules;
		this.sending = sending;
		this.figures = figures;
	}

	@GetMapping
	@Operation(summary = "Every survey with its questions, withdrawn ones included")
	List<Survey> all() {
		return surveys.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A survey: a name, TRANSACTIONAL or RELATIONAL, and up to ten questions (CSAT, NPS, CES or TEXT) in both languages")
	Survey create(@RequestBody Surveys.NewSurvey survey) {
		return surveys.create(survey);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a survey: no rule sends it any more; links already sent may be answered until they expire")
	Survey withdraw(@PathVariable long id) {
		surveys.withdraw(id);
		return surveys.get(id);
	}

	@GetMapping("/rules")
	@Operation(summary = "The rules that send transactional surveys after contacts")
	List<SurveyRule> rules() {
		return rules.all();
	}

	@PostMapping("/{id}/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A rule: the contacts this survey follows (channel, reason, queue), the share sampled, the quiet days")
	SurveyRule addRule(@PathVariable long id, @RequestBody SurveyRules.NewRule rule) {
		return rules.create(id, rule);
	}

	/** An invitation for one customer: by e-mail to their address, or as a link to give them (LINK). */
	record NewInvitation(Long customerId, SentVia sentVia) {
	}

	@PostMapping("/{id}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite one customer: by e-mail (sent within minutes), or as a link returned now to give them")
	SurveySending.Sent invite(@PathVariable long id, @RequestBody NewInvitation invitation) {
		if (invitation.customerId() == null) {
			throw new InvalidFieldException("customerId", "required");
		}
		return sending.invite(id, invitation.customerId(), invitation.sentVia() == null ? SentVia.EMAIL : invitation.sentVia());
	}

	record Sample(Integer size) {
	}

	@PostMapping("/{id}/draws")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A relational survey's draw: a random sample of all current customers, served or not, invited by e-mail")
	RelationalSurveys.Draw draw(@PathVariable long id, @RequestBody Sample sample) {
		return relational.draw(id, sample.size());
	}

	@GetMapping("/figures")
	@Operation(summary = "Response rate, CSAT, NPS and CES with sample sizes and 95% intervals, for invitations created in [from, to)")
	SurveyFigures.Figures figures(@RequestParam Instant from, @RequestParam Instant to, @RequestParam(required = false) Long surveyId,
			@RequestParam(required = false) SentVia sentVia, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String reasonCode, @RequestParam(required = false) String queue,
			@RequestParam(required = false) Long advisorId, @RequestParam(required = false) Boolean served) {
		if (!from.isBefore(to)) {
			throw new InvalidFieldException("to", "periodEndsBeforeStart", to, from);
		}
		return figures.of(new SurveyFilter(from, to, surveyId, sentVia, channel, reasonCode, queue, advisorId, served));
	}
}
