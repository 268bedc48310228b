package fr.fidele.gratitude.web;

import java.util.List;
import java.util.Map;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.gratitude.Gratitude;
import fr.fidele.gratitude.GratitudeFigures;
import fr.fidele.gratitude.GratitudeMoment;
import fr.fidele.gratitude.MomentScan;
import fr.fidele.gratitude.Reminder;
import fr.fidele.gratitude.ThanksChannel;
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
@RequestMapping("/api/gratitude")
@Tag(name = "Gratitude", description = "The moments that deserve a personal thank-you, each person's reminders, the thanks they recorded themselves (one customer at a time, in their own words: Fidèle sends nothing), and whether thanked customers stay longer")
class GratitudeApiController {

	/** A moment a person heard of: the customer helped, or mentioned a loss. */
	record Noticed(Long customerId, GratitudeMoment moment, String context) {
	}

	/** How the person thanked the customer, and what they said or wrote. */
	record Thanks(ThanksChannel channel, String note) {
	}

	/** Why a reminder is set aside. */
	record Dismissal(String reason) {
	}

	private final Gratitude gratitude;
	private final MomentScan scan;
	private final GratitudeFigures figures;

	GratitudeApiController(Gratitude gratitude, MomentScan scan, GratitudeFigures figures) {
		this.gratitude = gratitude;
		this.scan = scan;
		this.figures = figures;
	}

	@GetMapping("/reminders")
	@Operation(summary = "My reminders: the open ones, the most pressing first, then what I recorded in the last 30 days")
	List<Reminder> mine(SignedInUser me) {
		return gratitude.of(me.id());
	}

	@GetMapping("/reminders/open")
	@Operation(summary = "Every open reminder, the unassigned first: the supervisors' list")
	List<Reminder> open(@RequestParam(defaultValue = "200") int limit) {
		return gratitude.open(Math.min(Math.max(limit, 1), 1000));
	}

	@PostMapping("/moments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Notes a moment Fidèle cannot find (HELPED, LOSS) with its context: a reminder for whoever knows the customer best")
	Reminder notice(@RequestBody Noticed noticed, SignedInUser me) {
		return gratitude.notice(noticed.customerId(), noticed.moment(), noticed.context(), me.id());
	}

	@PostMapping("/reminders/{id}/thanked")
	@Operation(summary = "Records that I thanked the customer myself: how, and in what words (the same words for another customer are refused)")
	Reminder thanked(@PathVariable long id, @RequestBody Thanks thanks, SignedInUser me) {
		return gratitude.thank(id, me, thanks.channel(), thanks.note());
	}

	@PostMapping("/reminders/{id}/dismissed")
	@Operation(summary = "Sets a reminder aside, with the reason")
	Reminder dismissed(@PathVariable long id, @RequestBody Dismissal dismissal, SignedInUser me) {
		return gratitude.dismiss(id, me, dismissal.reason());
	}

	@GetMapping("/customers/{customerId}")
	@Operation(summary = "A customer's moments and thanks, the latest first")
	List<Reminder> ofCustomer(@PathVariable long customerId) {
		return gratitude.ofCustomer(customerId);
	}

	@PostMapping("/scan")
	@Operation(summary = "Notices today's moments now (new customers, anniversaries, complaints resolved) rather than at the morning's scan")
	Map<GratitudeMoment, Integer> scan() {
		return scan.scan();
	}

	@GetMapping("/figures")
	@Operation(summary = "Per moment and for all: noticed, thanked, set aside, share thanked, median days, and churn after thanks against reminded and not thanked")
	List<GratitudeFigures.Figure> figures() {
		return figures.all();
	}
}
