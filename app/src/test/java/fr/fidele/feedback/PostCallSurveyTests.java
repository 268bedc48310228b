package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The telephone switch's post-call keypad survey (docs/cti.md, {@code call.surveyed}): the keys become the answers of
 * an invitation sent by telephone for the call's contact, once per event, amended by a later report; keys off a
 * question's scale refuse the whole event naming the field, and a survey the switch played without keys counts as
 * asked and not answered.
 */
@FideleTest
class PostCallSurveyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin;
	SwitchClient telephone;
	String queue;
	long surveyId;

	@BeforeEach
	void aSurveyFollowingTheCallsOfAQueue() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		telephone = new SwitchClient(port, FideleTest.CTI_SECRET);
		queue = routing.queue(1, 60);
		ApiClient.Response created = admin.post("/api/surveys", """
				{"name":"Après l'appel","kind":"TRANSACTIONAL","questions":[
				 {"measure":"NPS","textFr":"Nous recommanderiez-vous ?","textEn":"Would you recommend us?","required":true},
				 {"measure":"CSAT","textFr":"Satisfait ?","textEn":"Satisfied?"},
				 {"measure":"TEXT","textFr":"Un mot ?","textEn":"A word?","required":true}]}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		surveyId = created.json().get("id").asLong();
		assertThat(admin.post("/api/surveys/" + surveyId + "/rules", "{\"channel\":\"PHONE\",\"queue\":\"" + queue + "\"}").status())
			.isEqualTo(201);
	}

	@AfterEach
	void withdrawn() {
		assertThat(admin.post("/api/surveys/" + surveyId + "/withdraw", "{}").status()).isEqualTo(200);
	}

	@Test
	void theKeysBecomeTheAnswersOfTheCallsContactOnceAndALaterReportAmendsThem() {
		String call = UUID.randomUUID().toString();
		long contactId = endedCall(call, queue);
		String keys = "[{\"question\":1,\"score\":9},{\"question\":2,\"score\":4}]";
		ApiClient.Response surveyed = telephone.send(surveyed(call + "-s1", call, null, keys));
		assertThat(surveyed.status()).as(surveyed.body()).isEqualTo(200);
		assertThat(surveyed.json().at("/duplicate").asBoolean()).isFalse();
		assertThat(telephone.send(surveyed(call + "-s1", call, null, keys)).json().at("/duplicate").asBoolean()).isTrue();
		assertThat(invitations(contactId)).containsExactly("PHONE answered nps 1/1/0 csat 1/1");
		assertThat(scores(contactId)).containsExactly(9, 4);

		ApiClient.Response offScale = telephone.send(surveyed(call + "-s2", call, null, "[{\"question\":1,\"score\":3},{\"question\":2,\"score\":6}]"));
		assertThat(offScale.status()).as(offScale.body()).isEqualTo(422);
		assertThat(offScale.json().at("/errors/0/field").asString()).isEqualTo("survey.answers[1].score");
		assertThat(scores(contactId)).as("nothing of a refused event is kept").containsExactly(9, 4);
		assertThat(jdbc.sql("select count(*) from cti_event where event_id = ?").param(call + "-s2").query(Integer.class).single()).isZero();

		assertThat(telephone.send(surveyed(call + "-s3", call, surveyId, "[{\"question\":1,\"score\":3}]")).status()).isEqualTo(200);
		assertThat(invitations(contactId)).as("the same invitation, amended").containsExactly("PHONE answered nps 1/0/1 csat 0/0");
		assertThat(scores(contactId)).containsExactly(3);
	}

	@Test
	void aSurveyPlayedWithoutKeysIsAskedAndNotAnswered() {
		String call = UUID.randomUUID().toString();
		long contactId = endedCall(call, queue);
		assertThat(telephone.send(surveyed(call + "-s", call, null, "[]")).status()).isEqualTo(200);
		assertThat(invitations(contactId)).containsExactly("PHONE unanswered nps 0/0/0 csat 0/0");
	}

	@Test
	void aReportNamingNoKnownSurveyOrCallIsRefusedAndKeepsNothing() {
		String call = UUID.randomUUID().toString();
		long contactId = endedCall(call, routing.queue(1, 60));
		ApiClient.Response noRule = telephone.send(surveyed(call + "-s1", call, null, "[{\"question\":1,\"score\":9}]"));
		assertThat(noRule.status()).as(noRule.body()).isEqualTo(422);
		assertThat(noRule.json().at("/errors/0/field").asString()).isEqualTo("survey.id");
		ApiClient.Response unknownSurvey = telephone.send(surveyed(call + "-s2", call, Long.MAX_VALUE, "[{\"question\":1,\"score\":9}]"));
		assertThat(unknownSurvey.json().at("/errors/0/field").asString()).isEqualTo("survey.id");
		ApiClient.Response noKeys = telephone.send("""
				{"eventId":"%s-s3","type":"call.surveyed","callId":"%s","occurredAt":"%s","survey":{"answers":[{"question":1}]}}"""
			.formatted(call, call, Instant.now()));
		assertThat(noKeys.json().at("/errors/0/field").asString()).isEqualTo("survey.answers");
		assertThat(invitations(contactId)).isEmpty();
		ApiClient.Response unknownCall = telephone.send(surveyed("never-s", "never-" + call, surveyId, "[{\"question\":1,\"score\":9}]"));
		assertThat(unknownCall.status()).isEqualTo(404);
	}

	/** A call offered in the queue and ended by the caller: its contact. */
	long endedCall(String call, String inQueue) {
		Instant offered = Instant.now().minusSeconds(120);
		assertThat(telephone.offered(call, inQueue, "+33 6 98 76 54 32", offered).status()).isEqualTo(200);
		ApiClient.Response ended = telephone.send("""
				{"eventId":"%s-ended","type":"call.ended","callId":"%s","occurredAt":"%s","endedBy":"CUSTOMER"}"""
			.formatted(call, call, offered.plusSeconds(60)));
		return ended.json().at("/routing/contactId").asLong();
	}

	static String surveyed(String eventId, String call, Long survey, String keys) {
		return """
				{"eventId":"%s","type":"call.surveyed","callId":"%s","occurredAt":"%s","survey":{"id":%s,"answers":%s}}"""
			.formatted(eventId, call, Instant.now(), survey, keys);
	}

	List<String> invitations(long contactId) {
		return jdbc.sql("""
				select sent_via || case when answered_at is null then ' unanswered' else ' answered' end
				    || ' nps ' || nps_answers || '/' || nps_promoters || '/' || nps_detractors || ' csat ' || csat_answers || '/' || csat_satisfied
				from survey_invitation where contact_id = ?""")
			.param(contactId).query(String.class).list();
	}

	List<Integer> scores(long contactId) {
		return jdbc.sql("""
				select a.score from survey_answer a join survey_invitation i on i.id = a.invitation_id where i.contact_id = ? order by a.position""")
			.param(contactId).query(Integer.class).list();
	}
}
