package fr.fidele.contactform.web;

import fr.fidele.contactform.ContactFormIntake;
import fr.fidele.contactform.ContactFormIntake.Outcome;
import fr.fidele.contactform.ContactFormIntake.Submission;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public contact form, whole ({@code /contact/{key}}) or to embed in a frame of the company's site
 * ({@code ?embed=true}: no margins, no title). Nobody signs in; what was typed is shown again with the reason when a
 * field is refused, the limit is reached or the page was open too long.
 */
@Controller
class ContactFormPages {

	private static final String FORM = "contactform/form";

	private final ContactFormIntake intake;
	private final Explanations explanations;

	ContactFormPages(ContactFormIntake intake, Explanations explanations) {
		this.intake = intake;
		this.explanations = explanations;
	}

	@GetMapping("/contact/{key}")
	String form(@PathVariable String key, @RequestParam(defaultValue = "false") boolean embed, Model model) {
		ContactFormIntake.ShownForm shown = intake.show(key);
		model.addAttribute("key", key);
		model.addAttribute("embed", embed);
		model.addAttribute("formName", shown.name());
		model.addAttribute("ticket", shown.ticket());
		return FORM;
	}

	@PostMapping("/contact/{key}")
	String send(@PathVariable String key, @RequestParam(defaultValue = "false") boolean embed, Typed typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Submission submission = new Submission(typed.name(), typed.email(), typed.subject(), typed.message(), typed.website(), typed.ticket());
		try {
			Outcome outcome = intake.submit(key, submission, request.getRemoteAddr());
			if (outcome == Outcome.SENT || outcome == Outcome.ROBOT) {
				// a robot is told it succeeded: it learns nothing to adapt to
				return "redirect:/contact/" + key + "/sent?embed=" + embed;
			}
			model.addAttribute(outcome == Outcome.TOO_MANY ? "tooMany" : "expired", true);
			response.setStatus(outcome == Outcome.TOO_MANY ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.OK.value());
		}
		catch (InvalidFieldException refused) {
			model.addAttribute("problemField", refused.field());
			model.addAttribute("problem", explanations.of(refused));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("typed", typed);
		String page = form(key, embed, model);
		if (!model.containsAttribute("expired")) {
			// the time the form was first shown still counts: a person correcting a field is not taken for a robot
			model.addAttribute("ticket", typed.ticket());
		}
		return page;
	}

	@GetMapping("/contact/{key}/sent")
	String sent(@PathVariable String key, @RequestParam(defaultValue = "false") boolean embed, Model model) {
		model.addAttribute("formName", intake.show(key).name());
		model.addAttribute("key", key);
		model.addAttribute("embed", embed);
		return "contactform/sent";
	}

	/** The fields as the visitor typed them, shown again when the message is not taken. */
	record Typed(String name, String email, String subject, String message, String website, String ticket) {
	}
}
