package fr.fidele.feedback;

import java.util.List;

import fr.fidele.contacts.ContactManagement;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyAnswers.AnsweredBy;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.Invited;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field questionnaires answered where no link is sent: a member of staff records the answers of an in-person contact
 * (the customer answers at the counter, or tells them), or of a visit with no contact in the case file (the mystery
 * shopping of a later issue). Each recording is an invitation recorded in the field, by whom, with its answers checked
 * as any survey's, branches included; an unhappy answer about a customer's contact opens its follow-up as any other.
 */
@Service
public class FieldQuestionnaires {

	private final Surveys surveys;
	private final SurveyInvitations invitations;
	private final SurveyAnswers answers;
	private final ContactManagement contacts;
	private final JdbcClient jdbc;

	FieldQuestionnaires(Surveys surveys, SurveyInvitations invitations, SurveyAnswers answers, ContactManagement contacts, JdbcClient jdbc) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.answers = answers;
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	/** The field questionnaires still in use, for the pages that record them. */
	public List<Survey> active() {
		return surveys.all().stream().filter(survey -> survey.kind() == SurveyKind.FIELD && survey.active()).toList();
	}

	/** A field questionnaire, active or not; any other survey is not one (404). */
	public Survey get(long surveyId) {
		return surveys.find(surveyId).filter(survey -> survey.kind() == SurveyKind.FIELD)
			.orElseThrow(() -> new NotFoundException("field questionnaire", surveyId));
	}

	/** Records {@code given} for the questionnaire, about a contact or none; the new invitation's id. */
	@Transactional
	public long record(long surveyId, Long contactId, List<Answer> given, long recordedBy) {
		Survey survey = get(surveyId);
		if (!survey.active()) {
			throw new InvalidFieldException("surveyId", "surveyWithdrawn");
		}
		if (given == null || given.isEmpty()) {
			throw new InvalidFieldException("answers", "required");
		}
		About about = contactId == null ? new About(null, null, null, null, null, null, null) : about(contactId);
		Invited invited = invitations.invite(survey, about, SentVia.FIELD, null, "fr", null);
		jdbc.sql("update survey_invitation set recorded_by = ? where id = ?").params(recordedBy, invited.id()).update();
		answers.keep(invitations.byId(invited.id()), given, AnsweredBy.PAGE);
		return invited.id();
	}

	private About about(long contactId) {
		try {
			return About.of(contacts.get(contactId));
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("contactId", "unknownContact");
		}
	}
}
