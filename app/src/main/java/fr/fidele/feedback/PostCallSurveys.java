package fr.fidele.feedback;

import java.util.List;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyAnswers.AnsweredBy;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.routing.PostCallSurveyAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The telephone switch's post-call keypad survey, recorded as an invitation sent by telephone: the switch decides whom
 * it asks, and reports every survey it played, keys or none, so that the response rate stays the share who answered.
 * The survey is the one the switch names, or the one of the first active rule following the call's contact (its
 * sample and quiet days are the switch's to apply: the customer was asked already). A second report for the same call
 * and survey amends the first, as a second answer on the page does.
 * <p>
 * Heard inside the switch event's transaction (not after it, as other modules' events are), so that keys off a
 * question's scale refuse the whole event, naming the field, and nothing of it is kept.
 */
@Service
class PostCallSurveys {

	private final SurveyRules rules;
	private final Surveys surveys;
	private final SurveyInvitations invitations;
	private final SurveyAnswers answers;
	private final ContactManagement contacts;
	private final JdbcClient jdbc;

	PostCallSurveys(SurveyRules rules, Surveys surveys, SurveyInvitations invitations, SurveyAnswers answers, ContactManagement contacts, JdbcClient jdbc) {
		this.rules = rules;
		this.surveys = surveys;
		this.invitations = invitations;
		this.answers = answers;
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PostCallSurveyAnswered surveyed) {
		Contact contact = contacts.get(surveyed.contactId());
		Survey survey = survey(surveyed, contact);
		long invitationId = jdbc.sql("select id from survey_invitation where contact_id = ? and survey_id = ? and sent_via = 'PHONE' limit 1")
			.params(contact.id(), survey.id()).query(Long.class).optional()
			.orElseGet(() -> invitations.invite(survey, About.of(contact), SentVia.PHONE, null, "fr", null).id());
		if (!surveyed.keys().isEmpty()) {
			List<Answer> keyed = surveyed.keys().stream().map(key -> new Answer(key.question(), key.score(), null)).toList();
			answers.keep(invitations.byId(invitationId), keyed, AnsweredBy.KEYPAD);
		}
	}

	private Survey survey(PostCallSurveyAnswered surveyed, Contact contact) {
		if (surveyed.surveyId() != null) {
			// withdrawn since the switch played it or not, the customer answered it: kept
			return surveys.find(surveyed.surveyId()).orElseThrow(() -> new InvalidFieldException("survey.id", "unknownSurvey"));
		}
		return rules.active().stream().filter(rule -> rule.follows(contact)).findFirst().map(rule -> surveys.get(rule.surveyId()))
			.orElseThrow(() -> new InvalidFieldException("survey.id", "noPostCallSurvey"));
	}
}
