package fr.fidele.mystery.web;

import java.time.LocalDate;
import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.mystery.Assignment;
import fr.fidele.mystery.Assignments;
import fr.fidele.mystery.Campaign;
import fr.fidele.mystery.Campaigns;
import fr.fidele.mystery.Competitor;
import fr.fidele.mystery.MysteryResults;
import fr.fidele.mystery.NewCampaign;
import fr.fidele.mystery.Visit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mystery")
@Tag(name = "Mystery shopping", description = "Campaigns with scenarios and a grid, competitors, shoppers' assignments (a shopper sees only theirs), visits scored with the grid, and results: the company against each competitor, per wave, channel and criterion, with Student intervals")
class MysteryApiController {

	/** An assignment to give: a scenario, a wave, a shopper, the competitor (none: the company), the day it is due. */
	record NewAssignment(Long scenarioId, Integer wave, Long shopperId, Long competitorId, LocalDate dueOn) {
	}

	/** A competitor to add. */
	record NewCompetitor(String name) {
	}

	private final Campaigns campaigns;
	private final Assignments assignments;
	private final MysteryResults results;

	MysteryApiController(Campaigns campaigns, Assignments assignments, MysteryResults results) {
		this.campaigns = campaigns;
		this.assignments = assignments;
		this.results = results;
	}

	@GetMapping("/campaigns")
	@Operation(summary = "The campaigns, the latest first")
	List<Campaign> campaigns() {
		return campaigns.all();
	}

	@PostMapping("/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates a campaign: a name, a quality grid version, its scenarios")
	Campaign campaign(@RequestBody NewCampaign campaign, SignedInUser me) {
		return campaigns.create(campaign, me.id());
	}

	@GetMapping("/campaigns/{id}/results")
	@Operation(summary = "The company against each competitor: mean score per wave, channel and criterion, with sample sizes and 95% Student intervals")
	MysteryResults.Results results(@PathVariable long id) {
		return results.of(id);
	}

	@GetMapping("/campaigns/{id}/assignments")
	@Operation(summary = "Every assignment of a campaign, by wave")
	List<Assignment> campaignAssignments(@PathVariable long id) {
		return assignments.ofCampaign(id);
	}

	@GetMapping("/competitors")
	@Operation(summary = "The competitors shoppers visit")
	List<Competitor> competitors() {
		return campaigns.competitors();
	}

	@PostMapping("/competitors")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a competitor (the same name twice is one competitor)")
	Competitor competitor(@RequestBody NewCompetitor competitor) {
		return campaigns.competitor(competitor.name());
	}

	@PostMapping("/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Gives a shopper a scenario to play in a wave, against the company or a competitor")
	Assignment assign(@RequestBody NewAssignment assignment) {
		return assignments.assign(assignment.scenarioId(), assignment.wave(), assignment.shopperId(), assignment.competitorId(), assignment.dueOn());
	}

	@GetMapping("/assignments/mine")
	@Operation(summary = "My assignments as a shopper, those to do first")
	List<Assignment> mine(SignedInUser me) {
		return assignments.of(me.id());
	}

	@GetMapping("/assignments/{id}")
	@Operation(summary = "One assignment: a shopper reads only theirs")
	Assignment assignment(@PathVariable long id, SignedInUser me) {
		return assignments.readable(id, me);
	}

	@PostMapping("/assignments/{id}/visit")
	@Operation(summary = "The shopper reports their visit, once: when, channel, evidence, and the grid's answers")
	Assignment visit(@PathVariable long id, @RequestBody Visit visit, SignedInUser me) {
		return assignments.report(id, me, visit);
	}
}
