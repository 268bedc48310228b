package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.fidele.FideleTest;
import fr.fidele.accounts.NewUser;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.Users;
import fr.fidele.feedback.SurveyInvitations;
import fr.fidele.feedback.SurveyKind;
import fr.fidele.feedback.SurveyMeasure;
import fr.fidele.feedback.SurveyQuestion;
import fr.fidele.feedback.Surveys;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * axe-core (Deque's rules, run inside Chromium) finds no WCAG 2.1 A or AA violation on any page of Fidèle, in French
 * and in English, signed out and signed in with every role, with a customer and a case to show.
 */
@FideleTest
class AccessibilityBrowserTests {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	TestPeople people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoutingFixture routing;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyInvitations invitations;

	@Test
	void noPageHasAViolationInEitherLanguage() throws Exception {
		String everyone = "a11y-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(new NewUser(everyone, "Accès Tous", EnumSet.allOf(Role.class), null, "fr", encoder.encode(TestPeople.PASSWORD)));
		ApiClient api = new ApiClient(port, people.create(Role.ADVISOR).token());
		String reference = "AX-" + UUID.randomUUID().toString().substring(0, 8);
		long customer = api.post("/api/customers", """
				{"reference":"%s","name":"Zoé <b>Martin</b>","segment":"RESIDENTIAL","expertise":"EXPERT","customerSince":"2023-05-02"}"""
			.formatted(reference)).json().get("id").asLong();
		long supportCase = api.post("/api/cases", """
				{"customerId":%d,"subject":"Box en panne","reasonCode":"%s"}"""
			.formatted(customer, api.get("/api/reasons").json().get(0).get("code").asString())).json().get("id").asLong();
		String form = "a11y-" + UUID.randomUUID();
		jdbc.sql("insert into contact_form (public_key, name, mailbox_id, ticket_secret, created_at) values (?, 'Écrivez-nous', 0, 's', now())")
			.param(form).update();
		String widget = "a11y-" + UUID.randomUUID();
		jdbc.sql("""
				insert into chat_widget (public_key, name, queue_code, identity_secret, allowed_origins, created_at)
				values (?, 'Boutique', ?, 's', '{https://boutique.exemple.fr}', now())""").params(widget, routing.queue(1, 60)).update();
		List<String> signedOut = List.of("/login", "/password/forgotten", "/password/reset?token=unknown", "/contact/" + form,
				"/contact/" + form + "?embed=true", "/contact/" + form + "/sent", "/chat/" + widget + "/frame", "/s/unknown", "/stories",
				"/stories/new", "/stories/mine/unknown");
		long survey = surveys.create(new Surveys.NewSurvey("Accessibilité", SurveyKind.RELATIONAL, List.of(
				new Surveys.NewQuestion(SurveyMeasure.NPS, "Nous recommanderiez-vous ?", "Would you recommend us?", true),
				new Surveys.NewQuestion(SurveyMeasure.TEXT, "Pourquoi ?", "Why?", false)))).id();
		long field = surveys.create(new Surveys.NewSurvey("Agence", SurveyKind.FIELD, List.of(
				new Surveys.NewQuestion(SurveyMeasure.CSAT, "Satisfait ?", "Satisfied?", true),
				new Surveys.NewQuestion(SurveyMeasure.TEXT, "Pourquoi ?", "Why?", false, new SurveyQuestion.Branch(1, 1, 2))))).id();
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String guide = "AX" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		supervisor.post("/api/guides", "{\"code\":\"%s\",\"titleFr\":\"Accueil\",\"titleEn\":\"Welcome\"}".formatted(guide));
		supervisor.post("/api/guides/" + guide + "/versions", """
				{"variants":[{"expertise":"NOVICE","language":"fr","body":"Bonjour.\\n\\n1. Écoutez.\\n2. Le client est-il satisfait ?\\n   - Oui → 1"}]}""");
		String category = "AX" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		new ApiClient(port, people.create(Role.ADMIN).token()).put("/api/knowledge/categories/" + category,
				"{\"nameFr\":\"Factures\",\"nameEn\":\"Bills\",\"position\":1}");
		String article = "ax-" + category.toLowerCase();
		supervisor.post("/api/knowledge/articles", """
				{"slug":"%s","category":"%s","audience":"PUBLIC","reviewOn":"2020-01-01","titleFr":"Lire sa facture","bodyFr":"1. **Abonnement**\\n2. Consommation",
				 "titleEn":"Reading your bill","bodyEn":"1. **Subscription**\\n2. Consumption"}""".formatted(article, category));
		// a survey's answer page speaks its customer's language, whatever the browser's
		Map<String, String> surveyPages = Map.of("fr", surveyPage(survey, "fr"), "en", surveyPage(survey, "en"));
		List<String> signedIn = List.of("/customers", "/customers/" + customer, "/cases/" + supportCase,
				"/customers/" + customer + "/personal-data", "/workspace", "/supervision", "/my", "/loyalty", "/loyalty/team", "/loyalty/satisfaction", "/loyalty/measures",
				"/loyalty/schedule", "/imports", "/admin/users", "/admin/users/" + everyone, "/admin/queues", "/admin/reasons",
				"/admin/routing-settings", "/admin/mailboxes", "/admin/contact-forms", "/admin/reply-templates", "/admin/messaging", "/admin/chat-widgets", "/admin/advisors/" + everyone + "/routing", "/tokens", "/account/password",
				"/account/sessions", "/account/second-factor", "/surveys", "/surveys/follow-ups", "/voice", "/voice/themes/TRANSFERRED", "/stories/moderation", "/admin/topics",
				"/guides", "/guides/" + guide, "/catalogue", "/admin/catalogue", "/knowledge", "/knowledge?q=facture", "/knowledge/" + article,
				"/knowledge/new", "/knowledge/" + article + "/edit", "/knowledge/usefulness", "/admin/knowledge",
				"/surveys/field", "/surveys/field/" + field, "/quality", "/quality/mine", "/quality/grids/new", "/gratitude", "/gratitude/figures",
				"/people", "/people/mine", "/mystery", "/mystery/mine");

		List<String> violations = new ArrayList<>();
		for (String language : List.of("fr", "en")) {
			try (Browser browser = new Browser(port, language)) {
				for (String page : signedOut) {
					violations.addAll(check(browser, page, language));
				}
				violations.addAll(check(browser, surveyPages.get(language), language));
				violations.addAll(check(browser, surveyPages.get(language) + "/stop", language));
				// the help centre's language is its address's
				for (String help : List.of("/help/" + language, "/help/" + language + "/articles/" + article, "/help/" + language + "/search?q=facture")) {
					violations.addAll(check(browser, help, language));
				}
				browser.signIn(everyone, TestPeople.PASSWORD);
				browser.open("/customers?lang=" + language);
				for (String page : signedIn) {
					violations.addAll(check(browser, page, language));
				}
				// the token shown once, on its alert
				browser.open("/tokens");
				browser.driver().findElement(By.id("name")).sendKeys("axe");
				browser.driver().findElement(By.id("create-token")).click();
				browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
				violations.addAll(analyse(browser, "/tokens (created)", language));
			}
		}
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	private String surveyPage(long survey, String language) {
		return "/s/" + invitations.invite(survey, new SurveyInvitations.About(null, null, null, null, null, null, null),
				SurveyInvitations.SentVia.LINK, null, language, "Zoé").token() + "?answer=1-9";
	}

	private static List<String> check(Browser browser, String page, String language) {
		browser.open(page);
		assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo(language);
		return analyse(browser, page, language);
	}

	private static List<String> analyse(Browser browser, String page, String language) {
		List<Rule> found = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver()).getViolations();
		return found.stream().map(rule -> language + " " + page + ": " + rule.getId() + " " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()).toList();
	}
}
