package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import fr.fidele.FideleTest;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.support.ReadContract;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The views the feedback module publishes for the loyalty scans (V38, V39) keep their columns and say what the answers say. */
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

	@Autowired
	FollowUps followUps;

	@Test
	void surveyScoreFactsShowEachScoreWithTheContactItIsAboutAndNoWords() {
		assertThat(ReadContract.columns(jdbc, "survey_score_facts")).containsExactly("contact_id", "customer_id", "survey_id", "measure", "score",
				"answered_at", "advisor_id", "invitation_id");
		long survey = surveys.create(new Surveys.NewSurvey("Contrat", SurveyKind.TRANSACTIONAL, List.of(
				new Surveys.NewQuestion(SurveyMeasure.NPS, "Recommanderiez-vous ?", "Recommend?", true),
				new Surveys.NewQuestion(SurveyMeasure.TEXT, "Pourquoi ?", "Why?", false)))).id();
		long contact = 900_000_000L + System.nanoTime() % 1_000_000;
		SurveyInvitations.Invited invited = invitations.invite(survey, new About(null, contact, "PHONE", null, null, 7L, true), SentVia.LINK,
				null, "fr", null);
		answers.answer(invited.token(), List.of(new Answer(1, 3, null), new Answer(2, null, "trop long")), "10.7.7.7");

		assertThat(jdbc.sql("select measure || ' ' || score || ' by ' || advisor_id from survey_score_facts where contact_id = ?").param(contact).query(String.class)
			.list()).as("the score and the advisor it names, not the comment").containsExactly("NPS 3 by 7");
		assertThat(jdbc.sql("select invitation_id from survey_score_facts where contact_id = ?").param(contact).query(Long.class).single())
			.isEqualTo(invited.id());

		// the text contract of V41 (decision 17): the comments of an invitation, in the language it was answered in
		assertThat(ReadContract.columns(jdbc, "survey_customer_text")).containsExactly("source_id", "customer_id", "contact_id", "language",
				"written_at", "body");
		assertThat(ReadContract.row(jdbc, "survey_customer_text", "source_id", invited.id())).containsEntry("body", "trop long")
			.containsEntry("language", "fr").containsEntry("contact_id", contact);

		assertThat(ReadContract.columns(jdbc, "survey_follow_up_facts")).containsExactly("contact_id", "customer_id", "opened_at", "due_at",
				"closed_at", "closed_in_time");
		Awaitility.await("the detractor's follow-up").atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from survey_follow_up_facts where contact_id = ?").param(contact).query(Integer.class).single() == 1);
		assertThat(jdbc.sql("select closed_in_time from survey_follow_up_facts where contact_id = ?").param(contact).query(Boolean.class).single())
			.as("open: not a closed loop").isFalse();
		long followUp = jdbc.sql("select f.id from survey_follow_up f where f.invitation_id = ?").param(invited.id()).query(Long.class).single();
		followUps.close(followUp, 1, true, "rappelé");
		assertThat(jdbc.sql("select closed_in_time from survey_follow_up_facts where contact_id = ?").param(contact).query(Boolean.class).single())
			.as("closed before it was due").isTrue();
	}
}
