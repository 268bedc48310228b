package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.NewContact;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Field questionnaires: a supervisor builds one with a branch (a question asked only after a low score), staff record
 * it for an in-person contact through the API and the page; answers that contradict a branch, or leave out a question
 * the branch asks, are refused whole; a low score about a customer's contact opens its follow-up.
 */
@FideleTest
class FieldQuestionnaireTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	JdbcClient jdbc;

	TestPeople.Person advisor;
	ApiClient advisorApi;
	long questionnaire;

	@BeforeEach
	void aQuestionnaireWithABranch() {
		advisor = people.create(Role.ADVISOR);
		advisorApi = new ApiClient(port, advisor.token());
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String questions = """
				{"measure":"CSAT","textFr":"Satisfait de l'accueil ?","textEn":"Satisfied with the welcome?","required":true},
				{"measure":"TEXT","textFr":"Qu'est-ce qui n'allait pas ?","textEn":"What went wrong?","required":true,
				 "shownIf":{"question":1,"lowest":1,"highest":2}},
				{"measure":"NPS","textFr":"Nous recommanderiez-vous ?","textEn":"Would you recommend us?"}""";
		assertThat(advisorApi.post("/api/field-questionnaires", "{\"name\":\"Agence\",\"questions\":[" + questions + "]}").status())
			.as("advisors record questionnaires, supervisors build them").isEqualTo(403);
		ApiClient.Response laterBranch = supervisor.post("/api/field-questionnaires", """
				{"name":"Agence","questions":[{"measure":"CSAT","textFr":"?","textEn":"?","shownIf":{"question":2,"lowest":1,"highest":2}},
				 {"measure":"NPS","textFr":"?","textEn":"?"}]}""");
		assertThat(laterBranch.json().at("/errors/0/field").asString()).isEqualTo("questions[0].shownIf.question");
		ApiClient.Response offScale = supervisor.post("/api/field-questionnaires", """
				{"name":"Agence","questions":[{"measure":"CSAT","textFr":"?","textEn":"?"},
				 {"measure":"NPS","textFr":"?","textEn":"?","shownIf":{"question":1,"lowest":0,"highest":2}}]}""");
		assertThat(offScale.json().at("/errors/0/field").asString()).isEqualTo("questions[1].shownIf");
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		assertThat(admin.post("/api/surveys", """
				{"name":"Après contact","kind":"TRANSACTIONAL","questions":[{"measure":"CSAT","textFr":"?","textEn":"?"},
				 {"measure":"TEXT","textFr":"?","textEn":"?","shownIf":{"question":1,"lowest":1,"highest":2}}]}""").json().at("/errors/0/field")
			.asString()).as("only field questionnaires branch").isEqualTo("questions[1].shownIf");
		ApiClient.Response created = supervisor.post("/api/field-questionnaires", "{\"name\":\"Agence\",\"questions\":[" + questions + "]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("kind").asString()).isEqualTo("FIELD");
		questionnaire = created.json().get("id").asLong();
	}

	@Test
	void answersRecordedForAnInPersonContactFollowTheBranchOrAreRefusedWhole() {
		Customer customer = SurveyTests.customerWithAddress(customers, "Jeanne Martin", "fr");
		long contact = contacts.record(new NewContact(customer.id(), null, null, Channel.IN_PERSON, Direction.INBOUND, "BILLING", null,
				Instant.now().minusSeconds(900), null, Instant.now().minusSeconds(900), Instant.now().minusSeconds(300), EndedBy.ADVISOR, true, false,
				null, null, null, List.of()), "field test").contact().id();
		String answers = "/api/field-questionnaires/" + questionnaire + "/answers";

		ApiClient.Response notAsked = advisorApi.post(answers, """
				{"contactId":%d,"answers":[{"position":1,"score":5},{"position":2,"comment":"rien"}]}""".formatted(contact));
		assertThat(notAsked.status()).as(notAsked.body()).isEqualTo(422);
		assertThat(notAsked.json().at("/errors/0/field").asString()).isEqualTo("answers[1].position");
		ApiClient.Response leftOut = advisorApi.post(answers, """
				{"contactId":%d,"answers":[{"position":1,"score":1}]}""".formatted(contact));
		assertThat(leftOut.json().at("/errors/0/field").asString()).as("the branch asks why").isEqualTo("answers");
		assertThat(advisorApi.post(answers, "{\"contactId\":999999999,\"answers\":[{\"position\":1,\"score\":4}]}").json()
			.at("/errors/0/field").asString()).isEqualTo("contactId");
		assertThat(recorded()).as("nothing of a refused recording is kept").isEmpty();

		ApiClient.Response kept = advisorApi.post(answers, """
				{"contactId":%d,"answers":[{"position":1,"score":1},{"position":2,"comment":"attente debout"},{"position":3,"score":4}]}"""
			.formatted(contact));
		assertThat(kept.status()).as(kept.body()).isEqualTo(201);
		assertThat(recorded()).containsExactly("FIELD contact " + contact + " by " + advisor.id() + " csat 1/0 nps 1/0/1");
		Awaitility.await("the unhappy answer's follow-up").atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from survey_follow_up where customer_id = ?").param(customer.id()).query(Integer.class).single() == 1);

		ApiClient.Response visit = advisorApi.post(answers, "{\"answers\":[{\"position\":1,\"score\":5}]}");
		assertThat(visit.status()).as("a visit, no contact").isEqualTo(201);
		assertThat(recorded()).hasSize(2).anyMatch(row -> row.startsWith("FIELD contact null"));
	}

	@Test
	void thePageRecordsTheAnswersAndSaysWhatIsWrong() {
		PageSession page = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);
		String path = "/surveys/field/" + questionnaire;
		String form = page.get(path).body();
		assertThat(form).contains("data-shown-if=\"1\"", "Qu&#39;est-ce qui n&#39;allait pas ?");
		assertThat(page.get("/surveys/field").body()).contains("Agence");
		String refused = page.submit(path, "q1=5&q2=rien");
		assertThat(refused).contains("une question que ses conditions ne posent pas a reçu une réponse");
		String recorded = page.submit(path, "contactId=&q1=4&q3=9");
		assertThat(recorded).contains("id=\"recorded\"");
		assertThat(recorded()).containsExactly("FIELD contact null by " + advisor.id() + " csat 1/1 nps 1/1/0");
		assertThat(page.get("/surveys/field/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
	}

	@Test
	void aSupervisorBuildsOneOnThePageAndSeesItAsStaffWillFillItIn() {
		TestPeople.Person supervisor = people.create(Role.SUPERVISOR);
		PageSession page = PageSession.signIn(port, supervisor.username(), TestPeople.PASSWORD);
		assertThat(PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD).get("/surveys/field").body())
			.as("advisors record, they do not build").doesNotContain("id=\"build-questionnaire\"");
		String rows = "&measure1=CSAT&textFr1=Accueil+%3F&textEn1=Welcome%3F&required1=on"
				+ "&measure2=TEXT&textFr2=Pourquoi+%3F&textEn2=Why%3F&ifQuestion2=1&ifLowest2=1&ifHighest2=2";
		String refused = page.submit("/surveys/field", "name=Guichet" + rows + "&measure3=NPS&textFr3=Reco+%3F&textEn3=Recommend%3F&ifQuestion3=3"
				+ "&ifLowest3=0&ifHighest3=6");
		assertThat(refused).contains("Question 3 : doit désigner une question notée placée avant").contains("value=\"Pourquoi ?\"");
		assertThat(page.submit("/surveys/field", "name=Guichet&measure2=CSAT&textFr2=a&textEn2=b")).contains("Question 2 : remplissez");
		String built = page.submit("/surveys/field", "name=Guichet" + rows);
		assertThat(built).contains("id=\"built\"", "Accueil ?", "data-shown-if=\"1\"");
		long id = jdbc.sql("select max(id) from survey where name = 'Guichet' and kind = 'FIELD'").query(Long.class).single();
		assertThat(jdbc.sql("select position || ' ' || measure || ' ' || coalesce(shown_if_position || ':' || shown_if_lowest || '-' || shown_if_highest, '-')"
				+ " from survey_question where survey_id = ? order by position").param(id).query(String.class).list())
			.containsExactly("1 CSAT -", "2 TEXT 1:1-2");
	}

	List<String> recorded() {
		return jdbc.sql("""
				select sent_via || ' contact ' || coalesce(contact_id::text, 'null') || ' by ' || recorded_by || ' csat ' || csat_answers || '/'
				    || csat_satisfied || ' nps ' || nps_answers || '/' || nps_promoters || '/' || nps_detractors
				from survey_invitation where survey_id = ? order by id""")
			.param(questionnaire).query(String.class).list();
	}
}
