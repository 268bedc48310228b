package fr.fidele.feedback.web;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.feedback.FieldQuestionnaires;
import fr.fidele.feedback.Survey;
import fr.fidele.feedback.SurveyAnswers;
import fr.fidele.feedback.SurveyKind;
import fr.fidele.feedback.Surveys;
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
@RequestMapping("/api/field-questionnaires")
@Tag(name = "Field questionnaires", description = "A few questions, with branching, that staff record for in-person contacts and visits")
class FieldQuestionnaireApiController {

	/** A questionnaire to build: its name and at most six questions, each maybe asked only after some earlier score. */
	record NewQuestionnaire(String name, List<Surveys.NewQuestion> questions) {
	}

	/** Answers recorded: about a contact (in person), or none (a visit). */
	record Recording(Long contactId, List<SurveyAnswers.Answer> answers) {
	}

	/** The invitation the recording made. */
	record Recorded(long invitationId) {
	}

	private final Surveys surveys;
	private final FieldQuestionnaires questionnaires;

	FieldQuestionnaireApiController(Surveys surveys, FieldQuestionnaires questionnaires) {
		this.surveys = surveys;
		this.questionnaires = questionnaires;
	}

	@GetMapping
	@Operation(summary = "The field questionnaires in use, with their questions and branches")
	List<Survey> active() {
		return questionnaires.active();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Build a field questionnaire (supervisors): at most six questions in both languages; a question's shownIf "
			+ "{question, lowest, highest} asks it only when an earlier scored question's answer lies in that range")
	Survey create(@RequestBody NewQuestionnaire questionnaire) {
		return surveys.create(new Surveys.NewSurvey(questionnaire.name(), SurveyKind.FIELD, questionnaire.questions()));
	}

	@PostMapping("/{id}/answers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the answers of an in-person contact (contactId) or of a visit (no contact): checked whole, "
			+ "branches included (a question its branch does not ask is refused), nothing kept when one is wrong")
	Recorded record(@PathVariable long id, @RequestBody Recording recording, SignedInUser me) {
		return new Recorded(questionnaires.record(id, recording.contactId(), recording.answers(), me.id()));
	}
}
