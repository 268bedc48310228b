package fr.fidele.feedback.web;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.feedback.FieldQuestionnaires;
import fr.fidele.feedback.Survey;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyKind;
import fr.fidele.feedback.SurveyMeasure;
import fr.fidele.feedback.Surveys;
import fr.fidele.platform.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The field questionnaires for staff: the list with the supervisors' builder, and the page that records one for an in-person contact (its id in the
 * address, from the case file) or a visit. A question its branch does not ask is hidden as the answers are given
 * (field-survey.js); without the script every question shows and the server refuses answers that contradict a branch.
 */
@Controller
class FieldQuestionnairePages {

	private final FieldQuestionnaires questionnaires;
	private final Surveys surveys;

	FieldQuestionnairePages(FieldQuestionnaires questionnaires, Surveys surveys) {
		this.questionnaires = questionnaires;
		this.surveys = surveys;
	}

	@GetMapping("/surveys/field")
	String list(Model model) {
		model.addAttribute("questionnaires", questionnaires.active()).addAttribute("rows", FieldQuestionnaireForm.ROWS)
			.addAttribute("measures", SurveyMeasure.values());
		return "survey/field-list";
	}

	/** A supervisor builds a questionnaire; once kept, its page shows it as staff will fill it in. */
	@PostMapping("/surveys/field")
	String build(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Survey built = surveys.create(new Surveys.NewSurvey(form.getFirst("name"), SurveyKind.FIELD, FieldQuestionnaireForm.questions(form)));
			redirect.addFlashAttribute("built", true);
			return "redirect:/surveys/field/" + built.id();
		}
		catch (InvalidFieldException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refused", refused).addAttribute("refusedRow", FieldQuestionnaireForm.row(refused))
				.addAttribute("form", form.toSingleValueMap());
			return list(model);
		}
	}

	@GetMapping("/surveys/field/{id}")
	String form(@PathVariable long id, @RequestParam(required = false) Long contact, Model model) {
		model.addAttribute("questionnaire", questionnaires.get(id)).addAttribute("contact", contact);
		return "survey/field";
	}

	@PostMapping("/surveys/field/{id}")
	String record(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, SignedInUser me, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Survey questionnaire = questionnaires.get(id);
		Long contact = null;
		try {
			contact = contactOf(form.getFirst("contactId"));
			List<Answer> given = SurveyPublicPages.answers(questionnaire, form);
			questionnaires.record(id, contact, given, me.id());
		}
		catch (InvalidFieldException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("questionnaire", questionnaire).addAttribute("contact", contact).addAttribute("refused", refused)
				.addAttribute("form", form.toSingleValueMap());
			return "survey/field";
		}
		redirect.addFlashAttribute("recorded", true);
		return "redirect:/surveys/field/" + id + (contact == null ? "" : "?contact=" + contact);
	}

	private static Long contactOf(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidFieldException("contactId", "unknownContact");
		}
	}
}
