package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: a customer answers from the link of the survey e-mail on a phone-sized window (the score kept by one
 * click, then a comment sent); a supervisor sees the answer in the figures and its follow-up, and closes it.
 */
@FideleTest
class SurveyBrowserTests {

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
	SurveyMailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Test
	void aCustomerAnswersFromTheEmailOnAPhoneAndASupervisorSeesItAndClosesTheLoop() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		long survey = admin.post("/api/surveys", """
				{"name":"Après appel (navigateur)","kind":"TRANSACTIONAL","questions":[
				 {"measure":"CSAT","textFr":"Êtes-vous satisfait de notre réponse ?","textEn":"Satisfied?","required":true},
				 {"measure":"TEXT","textFr":"Que pourrions-nous mieux faire ?","textEn":"What could we do better?"}]}""").json().get("id").asLong();
		String queue = routing.queue(1, 60);
		admin.post("/api/surveys/" + survey + "/rules", "{\"queue\":\"" + queue + "\"}");
		Customer customer = SurveyTests.customerWithAddress(customers, "Lucie Perrin", "fr");
		Instant at = Instant.now().minusSeconds(900);
		Contact contact = contacts.record(new NewContact(customer.id(), null, null, Channel.PHONE, Direction.INBOUND, "ORDER", queue, at, at,
				at.plusSeconds(30), at.plusSeconds(400), EndedBy.CUSTOMER, true, false, null, null, null, List.of()), "browser test").contact();
		contacts.wrapUp(contact.id(), new WrapUp(false, "à rappeler", "ORDER"), "browser test");
		Awaitility.await("the invitation").atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from survey_invitation where contact_id = ?")
			.param(contact.id()).query(Integer.class).single() == 1);
		mailer.sendWaiting();
		assertThat(MAIL.waitForIncomingEmail(15_000, 1)).isTrue();
		String link = SurveyTests.link((String) MAIL.getReceivedMessages()[0].getContent(), "answer=1-2");

		try (Browser phone = new Browser(port)) {
			phone.driver().manage().window().setSize(new Dimension(390, 844));
			phone.open(link);
			assertThat(phone.driver().findElement(By.tagName("main")).getText()).contains("Bonjour Lucie,").doesNotContain("Perrin");
			assertThat(phone.driver().findElement(By.id("q1-2")).isSelected()).as("the score of the link chosen").isTrue();
			phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kept")));
			phone.driver().findElement(By.id("q2")).sendKeys("Personne ne m'a rappelée <script>alert(1)</script>");
			phone.driver().findElement(By.cssSelector("#answers button[type=submit]")).click();
			phone.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Merci pour votre réponse"));
		}

		TestPeople.Person supervisor = people.create(Role.SUPERVISOR);
		try (Browser browser = new Browser(port)) {
			browser.signIn(supervisor.username(), TestPeople.PASSWORD);
			browser.open("/surveys?surveyId=" + survey);
			assertThat(browser.driver().findElement(By.cssSelector("#figure-csat .value")).getText()).as("one answer, a 2: no one satisfied")
				.isEqualTo("0,0");
			assertThat(browser.driver().findElement(By.id("figure-csat")).getText()).contains("1 réponse", "Pas encore assez de réponses").doesNotContain("1 réponses");
			browser.open("/surveys/follow-ups");
			String row = "#follow-ups tr:has(td.comment)";
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow-ups"), "Personne ne m'a rappelée <script>"));
			String id = browser.driver().findElements(By.cssSelector(row)).stream()
				.filter(tr -> tr.getText().contains("Personne ne m'a rappelée")).findFirst().orElseThrow().getAttribute("id");
			browser.driver().findElement(By.cssSelector("#" + id + " input[name=note]")).sendKeys("Rappelée : colis renvoyé");
			browser.driver().findElement(By.cssSelector("#" + id + " button")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Suivi clos."));
			assertThat(browser.driver().findElements(By.id(id))).isEmpty();
		}
		assertThat(jdbc.sql("select note from survey_follow_up f join survey_invitation i on i.id = f.invitation_id where i.contact_id = ?")
			.param(contact.id()).query(String.class).single()).isEqualTo("Rappelée : colis renvoyé");
		admin.post("/api/surveys/" + survey + "/withdraw", "{}");
	}

	@Test
	void aFieldQuestionnairesBranchShowsItsQuestionOnlyAfterTheScoreItFollows() throws Exception {
		long field = surveys.create(new Surveys.NewSurvey("Agence", SurveyKind.FIELD, List.of(
				new Surveys.NewQuestion(SurveyMeasure.CSAT, "Satisfait de l'accueil ?", "Satisfied with the welcome?", true),
				new Surveys.NewQuestion(SurveyMeasure.TEXT, "Qu'est-ce qui n'allait pas ?", "What went wrong?", true,
						new SurveyQuestion.Branch(1, 1, 2))))).id();
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		try (Browser browser = new Browser(port)) {
			browser.signIn(advisor.username(), TestPeople.PASSWORD);
			browser.open("/surveys/field/" + field);
			WebElement why = browser.driver().findElement(By.id("question-2"));
			assertThat(why.isDisplayed()).as("no score yet: not asked").isFalse();
			browser.driver().findElement(By.cssSelector("label[for=q1-2]")).click();
			browser.waiting().until(ExpectedConditions.visibilityOf(why));
			browser.driver().findElement(By.id("q2")).sendKeys("Attente debout");
			browser.driver().findElement(By.cssSelector("label[for=q1-5]")).click();
			browser.waiting().until(ExpectedConditions.invisibilityOf(why));
			browser.driver().findElement(By.cssSelector("#field-answers button[type=submit]")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
		}
		assertThat(jdbc.sql("select a.position || ':' || coalesce(a.score::text, a.comment) from survey_answer a join survey_invitation i "
				+ "on i.id = a.invitation_id where i.survey_id = ?").param(field).query(String.class).list())
			.as("the hidden question's text was cleared, not sent").containsExactly("1:5");
	}
}
