package fr.fidele.feedback.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.fidele.feedback.Survey;
import fr.fidele.feedback.SurveyAnswers;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyInvitations;
import fr.fidele.feedback.SurveyInvitations.Opened;
import fr.fidele.feedback.SurveyQuestion;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.TooManyRequestsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The page a customer answers on, reached by their invitation's link without signing in, in their language: each
 * question, the answers they gave already (a second answer amends the first, until the link expires), a link's score
 * preselected (the message's one-click links; the page's script keeps it at once, a link checker that only fetches
 * the page keeps nothing). An unknown link and an expired one each have their own page. Only the customer's first
 * name is shown.
 */
@Controller
@RequestMapping("/s/{token}")
class SurveyPublicPages {

	private final SurveyInvitations invitations;
	private final SurveyAnswers answers;
	private final Clock clock;

	SurveyPublicPages(SurveyInvitations invitations, SurveyAnswers answers, Clock clock) {
		this.invitations = invitations;
		this.answers = answers;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable String token, @RequestParam(required = false) String answer, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Opened> found = invitations.opened(token, request.getRemoteAddr());
		if (found.isEmpty() || found.get().expired(clock.instant())) {
			return gone(found, request, response, model);
		}
		Opened invitation = found.get();
		speak(invitation, request, response);
		Map<Integer, Answer> given = new HashMap<>(answers.given(invitation.id()));
		Optional<Answer> clicked = clicked(invitation, answer);
		clicked.ifPresent(click -> given.merge(click.position(), click, (before, now) -> new Answer(now.position(), now.score(), before.comment())));
		model.addAttribute("invitation", invitation).addAttribute("given", given).addAttribute("oneClick", clicked.isPresent())
			.addAttribute("token", token);
		return "survey/answer";
	}

	@PostMapping
	String send(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Opened> found = invitations.opened(token, request.getRemoteAddr());
		if (found.isEmpty() || found.get().expired(clock.instant())) {
			return gone(found, request, response, model);
		}
		Opened invitation = found.get();
		speak(invitation, request, response);
		try {
			answers.answer(token, answers(invitation.survey(), form), request.getRemoteAddr());
		}
		catch (InvalidFieldException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("invitation", invitation).addAttribute("given", answers.given(invitation.id())).addAttribute("oneClick", false)
				.addAttribute("token", token).addAttribute("refused", refused);
			return "survey/answer";
		}
		model.addAttribute("invitation", invitation);
		return "survey/thanks";
	}

	@GetMapping("/stop")
	String stopPage(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		return stopping(token, false, request, response, model);
	}

	@PostMapping("/stop")
	String stop(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		return stopping(token, true, request, response, model);
	}

	/** The page that asks to confirm, or says it is done: a link that expired may still stop the surveys. */
	private String stopping(String token, boolean confirmed, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Opened> found = invitations.opened(token, request.getRemoteAddr());
		if (found.isEmpty()) {
			return gone(found, request, response, model);
		}
		speak(found.get(), request, response);
		if (confirmed) {
			invitations.stop(token, request.getRemoteAddr());
		}
		model.addAttribute("token", token).addAttribute("stopped", confirmed);
		return "survey/stop";
	}

	/** Too many looks from one address: a page that says so, with when to try again. */
	@ExceptionHandler(TooManyRequestsException.class)
	String tooMany(TooManyRequestsException refused, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		model.addAttribute("tooMany", true);
		return "survey/gone";
	}

	private static String gone(Optional<Opened> found, HttpServletRequest request, HttpServletResponse response, Model model) {
		found.ifPresent(expired -> speak(expired, request, response));
		response.setStatus(found.isEmpty() ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("expired", found.isPresent());
		return "survey/gone";
	}

	/** The page in the customer's language, whatever the browser says. */
	private static void speak(Opened invitation, HttpServletRequest request, HttpServletResponse response) {
		RequestContextUtils.getLocaleResolver(request).setLocale(request, response, Locale.forLanguageTag(invitation.language()));
	}

	/** The score a message's link carries ({@code <position>-<score>}), when it is one of this survey's. */
	private static Optional<Answer> clicked(Opened invitation, String link) {
		if (link == null || !link.matches("\\d{1,2}-\\d{1,2}")) {
			return Optional.empty();
		}
		String[] parts = link.split("-");
		int position = Integer.parseInt(parts[0]);
		int score = Integer.parseInt(parts[1]);
		return invitation.survey().question(position).filter(question -> question.measure().accepts(score))
			.map(question -> new Answer(position, score, null));
	}

	/** The form's fields: {@code q<position>}, a score or a text by the question. */
	static List<Answer> answers(Survey survey, MultiValueMap<String, String> form) {
		List<Answer> given = new ArrayList<>();
		for (SurveyQuestion question : survey.questions()) {
			String value = form.getFirst("q" + question.position());
			if (value == null || value.isBlank()) {
				continue;
			}
			if (!question.measure().scored()) {
				given.add(new Answer(question.position(), null, value));
				continue;
			}
			Integer score = score(value);
			if (score == null || !question.measure().accepts(score)) {
				throw new InvalidFieldException("q" + question.position(), "between", question.measure().lowest(), question.measure().highest());
			}
			given.add(new Answer(question.position(), score, null));
		}
		return given;
	}

	private static Integer score(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
