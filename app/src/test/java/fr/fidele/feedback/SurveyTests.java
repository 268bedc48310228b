package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.NewContact;
import fr.fidele.contacts.WrapUp;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.platform.PersonalValues;
import fr.fidele.privacy.PersonalDataErasure;
import fr.fidele.privacy.PersonalDataExport;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Surveys over real HTTP and a real SMTP server: a contact wrapped up in a rule's queue brings an e-mail whose score
 * link answers in one click, on a page in the customer's language that shows their first name only; a second answer
 * amends the first; unknown and expired links have their own pages; scores off the scale are refused naming the
 * field; the figures equal values computed apart.
 */
@FideleTest
class SurveyTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	SurveyMailer mailer;

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalDataExport export;

	@Autowired
	PersonalDataErasure erasure;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin;
	ApiClient visitor;
	long surveyId;

	@BeforeEach
	void aSurvey() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		visitor = new ApiClient(port, null);
		assertThat(admin.post("/api/surveys", """
				{"name":"Après contact","kind":"TRANSACTIONAL","questions":[{"measure":"TEXT","textFr":"Un mot ?","textEn":"A word?"}]}""")
			.body()).as("a survey needs a scored question").contains("\"field\":\"questions\"");
		assertThat(admin.post("/api/surveys", """
				{"name":"Après contact","kind":"TRANSACTIONAL","questions":[{"textFr":"?","textEn":"?"}]}""").body())
			.contains("\"field\":\"questions[0].measure\"");
		ApiClient.Response created = admin.post("/api/surveys", """
				{"name":"Après contact","kind":"TRANSACTIONAL","questions":[
				 {"measure":"CSAT","textFr":"Êtes-vous satisfait de notre réponse ?","textEn":"Are you satisfied with our answer?","required":true},
				 {"measure":"TEXT","textFr":"Que pourrions-nous mieux faire ?","textEn":"What could we do better?"}]}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		surveyId = created.json().get("id").asLong();
	}

	@AfterEach
	void withdrawn() {
		// no rule of this test follows other tests' contacts
		assertThat(admin.post("/api/surveys/" + surveyId + "/withdraw", "{}").status()).isEqualTo(200);
	}

	@Test
	void aWrappedUpContactBringsAnEmailWhoseLinkAnswersInOneClickAndASecondAnswerAmends() throws Exception {
		String queue = routing.queue(1, 60);
		assertThat(admin.post("/api/surveys/" + surveyId + "/rules", "{\"reasonCode\":\"NOPE\",\"queue\":\"" + queue + "\"}").body())
			.contains("\"field\":\"reasonCode\"");
		assertThat(admin.post("/api/surveys/" + surveyId + "/rules", "{\"queue\":\"" + queue + "\",\"samplePercent\":0}").body())
			.contains("\"field\":\"samplePercent\"");
		assertThat(admin.post("/api/surveys/" + surveyId + "/rules", "{\"queue\":\"" + queue + "\",\"samplePercent\":100}").status())
			.isEqualTo(201);
		Customer customer = customer("Noémie Garnier", "en");
		Contact contact = contacts.record(new NewContact(customer.id(), null, null, Channel.PHONE, Direction.INBOUND, "BILLING", queue,
				Instant.now().minusSeconds(300), null, Instant.now().minusSeconds(280), Instant.now().minusSeconds(60), EndedBy.CUSTOMER, true, false,
				null, null, null, List.of()), "survey test").contact();
		contacts.wrapUp(contact.id(), new WrapUp(true, "expliqué", "BILLING"), "survey test");

		Awaitility.await("the invitation").atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from survey_invitation where contact_id = ?")
			.param(contact.id()).query(Integer.class).single() == 1);
		mailer.sendWaiting();
		assertThat(MAIL.waitForIncomingEmail(15_000, 1)).isTrue();
		MimeMessage message = MAIL.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(customer.identities().get(0).value());
		assertThat(message.getSubject()).as("in the customer's language").isEqualTo("Your opinion of your last exchange with us");
		String body = (String) message.getContent();
		assertThat(body).contains("Hello Noémie,", "Are you satisfied with our answer?");
		assertThat(jdbc.sql("select send_to is null and send_token is null and sent_at is not null from survey_invitation where contact_id = ?")
			.param(contact.id()).query(Boolean.class).single()).as("sent: the address and the plain token forgotten").isTrue();
		String five = link(body, "answer=1-5");

		String page = visitor.get(five).body();
		assertThat(page).contains("Hello Noémie,", "lang=\"en\"").doesNotContain("Garnier");
		assertThat(page).containsPattern("id=\"q1-5\"[^>]*checked");
		String path = five.substring(0, five.indexOf('?'));
		ApiClient fetch = visitor.header("X-Requested-With", "fetch");
		assertThat(fetch.postBytes(path, "application/x-www-form-urlencoded", "q1=9".getBytes()).body())
			.as("off the scale").contains("\"field\":\"q1\"");
		assertThat(fetch.postBytes(path, "application/x-www-form-urlencoded", "q1=5".getBytes()).status()).as("the click kept").isEqualTo(204);
		assertThat(score(contact.id())).isEqualTo(5);

		ApiClient.Response amended = visitor.postBytes(path, "application/x-www-form-urlencoded",
				"q1=4&q2=%3Cb%3ELe+d%C3%A9lai%3C%2Fb%3E".getBytes(StandardCharsets.UTF_8));
		assertThat(amended.status()).isEqualTo(200);
		assertThat(amended.body()).contains("Thank you for your answer");
		assertThat(score(contact.id())).as("the second answer amends the first").isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from survey_answer a join survey_invitation i on i.id = a.invitation_id where i.contact_id = ?")
			.param(contact.id()).query(Integer.class).single()).isEqualTo(2);
		assertThat(visitor.get(path).body()).as("the comment written back as text").contains("&lt;b&gt;Le délai&lt;/b&gt;")
			.doesNotContain("<b>Le délai</b>");

		assertThat(visitor.get("/s/forged-" + UUID.randomUUID()).status()).isEqualTo(404);
		jdbc.sql("update survey_invitation set expires_at = now() - interval '1 second' where contact_id = ?").param(contact.id()).update();
		ApiClient.Response late = visitor.postBytes(path, "application/x-www-form-urlencoded", "q1=1".getBytes());
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.body()).contains("This link has expired");
		assertThat(score(contact.id())).as("nothing changed after expiry").isEqualTo(4);
	}

	@Test
	void aChunkGoesOverOneConnectionAndAnAddressThatCannotBeReadFailsAloneAndIsTriedAgainLater() {
		List<Long> waiting = Stream.of("ana.roux@groupe-un.test", "Client <sans-fin@groupe-un.test", "leo.blanc@groupe-un.test")
			.map(address -> jdbc.sql("""
					insert into survey_invitation (survey_id, token_hash, sent_via, send_to, send_token, language, created_at, expires_at)
					values (?, sha256(convert_to(?, 'UTF8')), 'EMAIL', ?, ?, 'fr', now(), now() + interval '14 days') returning id""")
				.params(surveyId, address, address, "jeton-" + address.hashCode()).query(Long.class).single())
			.toList();
		Awaitility.await("the three tried").atMost(Duration.ofSeconds(30)).until(() -> {
			mailer.sendWaiting();
			return jdbc.sql("select count(*) from survey_invitation where id = any(?) and (sent_at is not null or send_attempts > 0)")
				.param(waiting.toArray(Long[]::new)).query(Integer.class).single() == 3;
		});
		assertThat(jdbc.sql("select sent_at is not null from survey_invitation where id = any(?) order by id").param(waiting.toArray(Long[]::new))
			.query(Boolean.class).list()).containsExactly(true, false, true);
		assertThat(jdbc.sql("select send_attempts from survey_invitation where id = ?").param(waiting.get(1)).query(Integer.class).single())
			.as("tried once, to be tried again at the next round").isEqualTo(1);
		assertThat(MAIL.getReceivedMessagesForDomain("groupe-un.test")).as("the two others went").hasSize(2);
	}

	@Test
	void theFiguresEqualTheirPublishedDefinitionsComputedApart() {
		ApiClient.Response created = admin.post("/api/surveys", """
				{"name":"Baromètre","kind":"RELATIONAL","questions":[
				 {"measure":"CSAT","textFr":"Satisfait ?","textEn":"Satisfied?"},
				 {"measure":"NPS","textFr":"Recommanderiez-vous ?","textEn":"Would you recommend us?"},
				 {"measure":"CES","textFr":"Facile ?","textEn":"Easy?"}]}""");
		long barometer = created.json().get("id").asLong();
		int[] csat = scores(new int[][] { { 5, 14 }, { 4, 12 }, { 3, 6 }, { 2, 5 }, { 1, 3 } });
		int[] nps = scores(new int[][] { { 10, 10 }, { 9, 8 }, { 8, 6 }, { 7, 5 }, { 6, 4 }, { 3, 4 }, { 0, 3 } });
		int[] ces = scores(new int[][] { { 7, 10 }, { 6, 10 }, { 5, 8 }, { 4, 5 }, { 3, 4 }, { 2, 2 }, { 1, 1 } });
		Instant from = Instant.now().minusSeconds(5);
		for (int i = 0; i < 50; i++) {
			SurveyInvitations.Invited invited = invitations.invite(barometer, new About(null, null, null, null, null, null, null), SentVia.LINK, null, "fr",
					null);
			if (i < 40) {
				answers.answer(invited.token(), List.of(new Answer(1, csat[i], null), new Answer(2, nps[i], null), new Answer(3, ces[i], null)),
						"10.0." + (i / 20) + "." + i);
			}
		}
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		JsonNode figures = supervisor.get("/api/surveys/figures?surveyId=" + barometer + "&from=" + from + "&to=" + Instant.now().plusSeconds(5))
			.json();

		// expected values from Python (statistics.mean, statistics.stdev, the Wilson and Wald formulas), z = 1.959963984540054
		assertThat(figures.get("invited").asLong()).isEqualTo(50);
		assertThat(figures.get("answered").asLong()).isEqualTo(40);
		assertFigure(figures.get("responseRate"), 50, 80.0, 66.9628940677746, 88.7562499842239);
		assertFigure(figures.get("csat"), 40, 65.0, 49.50588083725769, 77.8654711268237);
		assertFigure(figures.at("/nps/score"), 40, 17.5, -8.323501740756825, 43.323501740756825);
		assertThat(figures.at("/nps/promoters").asLong()).isEqualTo(18);
		assertThat(figures.at("/nps/detractors").asLong()).isEqualTo(11);
		assertFigure(figures.get("ces"), 40, 5.175, 4.669487192889967, 5.680512807110032);
		assertThat(figures.at("/csat/enough").asBoolean()).as("30 answers or more").isTrue();
		admin.post("/api/surveys/" + barometer + "/withdraw", "{}");
	}

	@Test
	void aCustomersAnswersAreInTheirExportAndTheirWordsGoWithTheirErasure() {
		Customer customer = customer("Maëlle Roux", "fr");
		SurveyInvitations.Invited invited = invitations.invite(surveyId, About.customer(customer.id()), SentVia.LINK, null, "fr", customer.name());
		answers.answer(invited.token(), List.of(new Answer(1, 2, null), new Answer(2, null, "Personne ne m'a rappelée")), "10.9.9.9");
		assertThat(export.export(customer.id()).surveys()).extracting(SurveyAnswers.CustomerAnswer::comment)
			.containsExactly(null, "Personne ne m'a rappelée");

		erasure.erase(customer.id(), "demande de la cliente (test)");
		assertThat(jdbc.sql("select comment from survey_answer where invitation_id = ? and position = 2").param(invited.id()).query(String.class)
			.single()).isEqualTo(PersonalValues.ERASED);
		assertThat(jdbc.sql("select first_name is null from survey_invitation where id = ?").param(invited.id()).query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select score from survey_answer where invitation_id = ? and position = 1").param(invited.id()).query(Integer.class)
			.single()).as("the score stays, for the figures").isEqualTo(2);
	}

	@Test
	void anUnhappyAnswerOpensAFollowUpForTheAdvisorWhoClosesTheLoop() {
		Customer customer = customer("Théo Marchand", "fr");
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		ApiClient advisorApi = new ApiClient(port, advisor.token());
		ApiClient colleague = new ApiClient(port, people.create(Role.ADVISOR).token());
		Instant from = Instant.now().minusSeconds(5);
		SurveyInvitations.Invited invited = invitations.invite(surveyId, new About(customer.id(), null, "PHONE", "BILLING", null, advisor.id(), true),
				SentVia.LINK, null, "fr", customer.name());
		answers.answer(invited.token(), List.of(new Answer(1, 1, null), new Answer(2, null, "On m'a raccroché au nez")), "10.8.8.8");
		answers.answer(invited.token(), List.of(new Answer(1, 2, null)), "10.8.8.8");

		JsonNode mine = Awaitility.await("the follow-up").atMost(Duration.ofSeconds(20)).until(() -> advisorApi.get("/api/surveys/follow-ups").json(),
				list -> list.size() == 1);
		assertThat(mine.at("/0/scores").asString()).as("the amended answer, one follow-up").isEqualTo("CSAT 2");
		long followUp = mine.at("/0/id").asLong();
		assertThat(colleague.get("/api/surveys/follow-ups").json()).as("another advisor's").isEmpty();
		assertThat(colleague.post("/api/surveys/follow-ups/" + followUp + "/close", "{\"note\":\"vu\"}").status()).isEqualTo(404);
		assertThat(advisorApi.post("/api/surveys/follow-ups/" + followUp + "/close", "{\"note\":\" \"}").body()).contains("\"field\":\"note\"");
		ApiClient.Response closed = advisorApi.post("/api/surveys/follow-ups/" + followUp + "/close",
				"{\"note\":\"Rappelée : excuses, geste commercial\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(advisorApi.post("/api/surveys/follow-ups/" + followUp + "/close", "{\"note\":\"encore\"}").status()).isEqualTo(409);
		assertThat(advisorApi.get("/api/surveys/follow-ups").json()).isEmpty();

		JsonNode figures = admin.get("/api/surveys/figures?surveyId=" + surveyId + "&from=" + from + "&to=" + Instant.now().plusSeconds(5)).json();
		assertThat(figures.at("/loopsClosed/answers").asLong()).isEqualTo(1);
		assertThat(figures.at("/loopsClosed/value").asDouble()).as("closed in time").isEqualTo(100.0);
	}

	@Test
	void aRelationalSurveyDrawsAmongAllCurrentCustomersServedOrNot() {
		Customer never = customer("Inès Faure", "fr");
		Customer served = customer("Paul Girard", "fr");
		contacts.record(new NewContact(served.id(), null, null, Channel.EMAIL, Direction.INBOUND, "ORDER", null, Instant.now().minusSeconds(3600),
				null, null, null, null, false, false, null, null, null, List.of()), "survey test");
		long barometer = admin.post("/api/surveys", """
				{"name":"Baromètre annuel","kind":"RELATIONAL","questions":[{"measure":"NPS","textFr":"Recommanderiez-vous ?","textEn":"Recommend?"}]}""")
			.json().get("id").asLong();
		assertThat(admin.post("/api/surveys/" + surveyId + "/draws", "{\"size\":5}").body()).contains("\"field\":\"surveyId\"");
		assertThat(admin.post("/api/surveys/" + barometer + "/draws", "{\"size\":0}").body()).contains("\"field\":\"size\"");
		int everyone = jdbc.sql("select count(*) from customer where churned_on is null").query(Integer.class).single();

		ApiClient.Response draw = admin.post("/api/surveys/" + barometer + "/draws", "{\"size\":" + (everyone + 10) + "}");
		// the draw's messages are not for this test's mail server: withdrawn, the survey sends nothing more
		admin.post("/api/surveys/" + barometer + "/withdraw", "{}");
		assertThat(draw.status()).as(draw.body()).isEqualTo(201);
		assertThat(draw.json().get("drawn").asInt()).as("every current customer, since more were asked").isEqualTo(everyone);
		assertThat(draw.json().get("invited").asInt() + draw.json().get("unreachable").asInt() + draw.json().get("objected").asInt())
			.isEqualTo(everyone);
		assertThat(jdbc.sql("select served from survey_invitation where survey_id = ? and customer_id = ?").params(barometer, never.id())
			.query(Boolean.class).single()).as("a customer who never contacted the service is drawn too, not served").isFalse();
		assertThat(jdbc.sql("select served from survey_invitation where survey_id = ? and customer_id = ?").params(barometer, served.id())
			.query(Boolean.class).single()).as("and one who wrote an hour ago, served").isTrue();
	}

	@Test
	void theStopLinkStopsEverySurveyForTheCustomer() {
		Customer customer = customer("Jules Bernard", "fr");
		SurveyInvitations.Invited invited = invitations.invite(surveyId, About.customer(customer.id()), SentVia.LINK, null, "fr", customer.name());
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String ask = "{\"customerId\":" + customer.id() + ",\"sentVia\":\"LINK\"}";
		assertThat(supervisor.post("/api/surveys/" + surveyId + "/invitations", ask).status()).isEqualTo(201);

		assertThat(visitor.get("/s/" + invited.token() + "/stop").body()).as("asked to confirm first").contains("Confirmer");
		assertThat(visitor.postBytes("/s/" + invited.token() + "/stop", "application/x-www-form-urlencoded", new byte[0]).body())
			.contains("vous ne recevrez plus de questionnaire");
		assertThat(supervisor.post("/api/surveys/" + surveyId + "/invitations", ask).status()).as("objected: no more").isEqualTo(409);
	}

	@Test
	void answerPagesAreLimitedPerAddress() throws Exception {
		// from an address of its own, so the other tests' pages (all from this machine) keep their budget
		int refused = 0;
		String last = "";
		for (int i = 0; i < 102; i++) {
			MockHttpServletResponse page = mvc.perform(get("/s/guess-" + i).with(request -> {
				request.setRemoteAddr("10.20.30.40");
				return request;
			})).andReturn().getResponse();
			refused += page.getStatus() == 429 ? 1 : 0;
			last = page.getContentAsString();
		}
		assertThat(refused).as("fidele.feedback.answers-per-address in the tests: 100").isEqualTo(2);
		assertThat(last).contains("Trop de demandes");
	}

	private static void assertFigure(JsonNode figure, long answers, double value, double lower, double upper) {
		assertThat(figure.get("answers").asLong()).isEqualTo(answers);
		assertThat(figure.get("value").asDouble()).isCloseTo(value, within(1e-9));
		assertThat(figure.get("lower").asDouble()).isCloseTo(lower, within(1e-9));
		assertThat(figure.get("upper").asDouble()).isCloseTo(upper, within(1e-9));
	}

	private static int[] scores(int[][] counts) {
		List<Integer> all = new ArrayList<>();
		for (int[] count : counts) {
			for (int i = 0; i < count[1]; i++) {
				all.add(count[0]);
			}
		}
		return all.stream().mapToInt(Integer::intValue).toArray();
	}

	private Integer score(long contactId) {
		return jdbc.sql("""
				select a.score from survey_answer a join survey_invitation i on i.id = a.invitation_id where i.contact_id = ? and a.position = 1""")
			.param(contactId).query(Integer.class).single();
	}

	/** The path and query of the message's link that contains {@code part}. */
	static String link(String body, String part) {
		Matcher links = Pattern.compile("https?://[^/\\s]+(/s/\\S+)").matcher(body);
		while (links.find()) {
			if (links.group(1).contains(part)) {
				return links.group(1);
			}
		}
		throw new AssertionError("no link with " + part + " in " + body);
	}

	private Customer customer(String name, String language) {
		return customerWithAddress(customers, name, language);
	}

	/** A new customer with an e-mail address of their own, to be surveyed by e-mail. */
	static Customer customerWithAddress(CustomerManagement customers, String name, String language) {
		String reference = "SV-" + UUID.randomUUID().toString().substring(0, 8);
		String address = reference.toLowerCase() + "@exemple.fr";
		return customers.register(new NewCustomer(reference, name, language, Segment.RESIDENTIAL, Expertise.INTERMEDIATE, new BigDecimal("30"),
				LocalDate.parse("2021-03-01"), Consent.NONE, null, List.of(new Identity(IdentityKind.EMAIL, address))), "survey test");
	}
}
