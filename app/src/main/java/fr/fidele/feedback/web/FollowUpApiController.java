package fr.fidele.feedback.web;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.feedback.FollowUps;
import fr.fidele.feedback.FollowUps.FollowUp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The follow-ups of unhappy answers: an advisor sees and closes their own, supervisors and administrators every one. */
@RestController
@RequestMapping("/api/surveys/follow-ups")
@Tag(name = "Survey follow-ups", description = "Closing the loop with customers who answered unhappy")
class FollowUpApiController {

	private final FollowUps followUps;

	FollowUpApiController(FollowUps followUps) {
		this.followUps = followUps;
	}

	@GetMapping
	@Operation(summary = "The open follow-ups, due first: an advisor's own, or every one for supervisors and administrators")
	List<FollowUp> open(SignedInUser me) {
		return followUps.open(seesAll(me) ? null : me.id());
	}

	record Closing(String note) {
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a follow-up with what was done (an advisor, only their own)")
	FollowUp close(@PathVariable long id, @RequestBody Closing closing, SignedInUser me) {
		return followUps.close(id, me.id(), seesAll(me), closing.note());
	}

	private static boolean seesAll(SignedInUser me) {
		return FollowUps.seesAll(me.roles());
	}
}
