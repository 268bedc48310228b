package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.fidele.FideleTest;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.support.ReadContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The view the feedback module publishes for the loyalty scans (V38) keeps its columns and says what the answers say. */
@FideleTest
class FeedbackReadContractTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	SurveyAnswers answers;

	@Test
	void surveyScoreFactsShowEachScoreWithTheContactItIsAboutAndNoWords() {
		assertThat(ReadContract.columns(jdbc, "survey_score_facts")).containsExactly("contact_id", "customer_id", "survey_id", "measure", "score",
				"answered_at");
		long survey = surveys.create(new Surveys.NewSurvey("Contrat", SurveyKind.TRANSACTIONAL, List.of(
				new Surveys.NewQuestion(SurveyMeasure.NPS, "Recommanderiez-vous ?", "Recommend?", true),
				new Surveys.NewQuestion(SurveyMeasure.TEXT, "Pourquoi ?", "Why?", false)))).id();
		long contact = 900_000_000L + System.nanoTime() % 1_000_000;
		SurveyInvitations.Invited invited = invitations.invite(survey, new About(null, contact, "PHONE", null, null, null, true), SentVia.LINK,
				null, "fr", null);
		answers.answer(invited.token(), List.of(new Answer(1, 3, null), new Answer(2, null, "trop long")), "10.7.7.7");

		assertThat(jdbc.sql("select measure || ' ' || score from survey_score_facts where contact_id = ?").param(contact).query(String.class)
			.list()).as("the score, not the comment").containsExactly("NPS 3");
	}
}
