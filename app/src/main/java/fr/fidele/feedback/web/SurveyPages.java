package fr.fidele.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.casefile.Channel;
import fr.fidele.feedback.FollowUps;
import fr.fidele.feedback.SurveyFigures;
import fr.fidele.feedback.SurveyFilter;
import fr.fidele.feedback.Surveys;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The surveys' pages: the figures for supervisors, directors and administrators (a survey, a period, a channel, served
 * or not), each with its interval and its number of answers; and the follow-ups of unhappy answers, an advisor's own or
 * every one, closed with a note.
 */
@Controller
class SurveyPages {

	private static final int DEFAULT_DAYS = 30;

	private final Surveys surveys;
	private final SurveyFigures figures;
	private final FollowUps followUps;

	SurveyPages(Surveys surveys, SurveyFigures figures, FollowUps followUps) {
		this.surveys = surveys;
		this.figures = figures;
		this.followUps = followUps;
	}

	@GetMapping("/surveys")
	String figures(@RequestParam(required = false) Long surveyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Boolean served, Model model) {
		LocalDate last = to == null ? LocalDate.now() : to;
		LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS) : from;
		if (first.isAfter(last)) {
			throw new InvalidFieldException("to", "periodEndsBeforeStart", last, first);
		}
		ZoneId zone = ZoneId.systemDefault();
		String onChannel = channel == null || channel.isBlank() ? null : channel;
		SurveyFilter filter = new SurveyFilter(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), surveyId,
				null, onChannel, null, null, null, served);
		model.addAttribute("figures", figures.of(filter)).addAttribute("surveys", surveys.all()).addAttribute("surveyId", surveyId)
			.addAttribute("from", first).addAttribute("to", last).addAttribute("channel", onChannel).addAttribute("served", served)
			.addAttribute("channels", Channel.values());
		return "survey/figures";
	}

	@GetMapping("/surveys/follow-ups")
	String followUps(SignedInUser me, Model model) {
		model.addAttribute("followUps", followUps.open(seesAll(me) ? null : me.id())).addAttribute("now", Instant.now());
		return "survey/follow-ups";
	}

	@PostMapping("/surveys/follow-ups/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String note, SignedInUser me, RedirectAttributes redirect) {
		try {
			followUps.close(id, me.id(), seesAll(me), note);
			redirect.addFlashAttribute("closed", true);
		}
		catch (InvalidFieldException refused) {
			redirect.addFlashAttribute("refusedId", id);
		}
		return "redirect:/surveys/follow-ups";
	}

	private static boolean seesAll(SignedInUser me) {
		return FollowUps.seesAll(me.roles());
	}
}
