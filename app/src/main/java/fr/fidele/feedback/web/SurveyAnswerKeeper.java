package fr.fidele.feedback.web;

import jakarta.servlet.http.HttpServletRequest;

import fr.fidele.feedback.SurveyAnswers;
import fr.fidele.feedback.SurveyInvitations;
import fr.fidele.feedback.SurveyInvitations.Opened;
import fr.fidele.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer page's script keeps the score a message's link carried as soon as the page opens (one click answers):
 * the same form, sent in the background, answered 204 or with a problem-details error naming the field.
 */
@RestController
class SurveyAnswerKeeper {

	private final SurveyInvitations invitations;
	private final SurveyAnswers answers;

	SurveyAnswerKeeper(SurveyInvitations invitations, SurveyAnswers answers) {
		this.invitations = invitations;
		this.answers = answers;
	}

	@PostMapping(path = "/s/{token}", headers = "X-Requested-With=fetch")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void keep(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
		Opened invitation = invitations.opened(token, request.getRemoteAddr())
			.orElseThrow(() -> new NotFoundException("survey invitation", "?"));
		answers.answer(token, SurveyPublicPages.answers(invitation.survey(), form), request.getRemoteAddr());
	}
}
