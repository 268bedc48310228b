package fr.fidele.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.NewContact;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.email.EmailBulkLoads;
import fr.fidele.feedback.SurveyAnswers;
import fr.fidele.feedback.SurveyAnswers.Answer;
import fr.fidele.feedback.SurveyInvitations;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.feedback.SurveyKind;
import fr.fidele.feedback.SurveyMeasure;
import fr.fidele.feedback.Surveys;
import fr.fidele.privacy.PersonalDataErasure;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * What customers write, over real HTTP and PostgreSQL: a note, an e-mail and a chat message are read from their
 * modules' contracts, sorted into the themes of their language and found by their stems; a theme added by an
 * administrator sorts the texts again; an erased customer's texts leave the verbatims and the search index; the
 * themes' unhappy shares carry their Wilson intervals, checked against R's {@code prop.test}.
 */
@FideleTest
class VoiceTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	EmailBulkLoads emails;

	@Autowired
	RoutingFixture routing;

	@Autowired
	PersonalDataErasure erasure;

	@Autowired
	VerbatimIntake intake;

	@Autowired
	VerbatimIndex index;

	@Autowired
	CompanySentiment sentiment;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	ApiClient supervisor;
	ApiClient admin;

	@BeforeEach
	void people() {
		supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
	}

	@Test
	void everyTextIsSortedIntoTheThemesOfItsLanguageAndFoundByItsStems() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Customer odile = customer("Odile Marchand", "fr");
		Contact noted = contact(odile, "Colis jamais livré, la cliente attend depuis deux semaines (" + tag + ")");
		Contact written = contact(odile, null);
		try (EmailBulkLoad load = emails.open("voix-" + tag + "@exemple.fr", routing.queue(1, 60))) {
			load.conversation(new EmailBulkLoad.Conversation(odile.id(), written.caseId(), written.id(), "odile@exemple.fr", "Facture",
					"Ma facture est trop chère, un concurrent me propose moins cher. <script>alert(1)</script> " + tag, Instant.now(), null, null, 0));
			load.finish();
		}
		Customer john = customer("John Carter", "en");
		Contact chatted = contact(john, null);
		long conversation = chat(john, chatted, "I was transferred three times and had to repeat my problem every time " + tag);

		intake.readNew();
		index.catchUp();

		assertThat(topics(TextSource.NOTE, noted.id())).contains("DELIVERY", "WAITING");
		assertThat(topics(TextSource.EMAIL, emailOf(written.id()))).contains("BILLING", "PRICE", "COMPETITOR");
		assertThat(topics(TextSource.CHAT, lastMessage(conversation))).as("in English").contains("TRANSFERRED", "REPEATING");
		assertThat(sentiment(TextSource.NOTE, noted.id())).isEqualTo("NEGATIVE");

		JsonNode found = supervisor.get("/api/voice/verbatims?q=factures+" + tag).json();
		assertThat(found).as("« factures » finds « facture »").hasSize(1);
		assertThat(found.get(0).get("source").asString()).isEqualTo("EMAIL");
		assertThat(supervisor.get("/api/voice/verbatims?q=livres+" + tag).json()).as("« livrés » finds « livré »").hasSize(1);
		assertThat(supervisor.get("/api/voice/verbatims?q=transfer+" + tag).json()).as("English stems").hasSize(1);
		assertThat(supervisor.get("/api/voice/verbatims?q=facture+transfer+" + tag).json()).as("every word").isEmpty();
		assertThat(supervisor.get("/api/voice/verbatims?topic=PRICE&limit=200").json().findValuesAsString("body"))
			.anyMatch(body -> body.contains(tag));
		assertThat(supervisor.get("/api/voice/verbatims?limit=0").body()).contains("\"field\":\"limit\"");
		assertThat(supervisor.get("/api/voice/verbatims?days=0").body()).contains("\"field\":\"days\"");

		String page = page("/voice?q=facture+" + tag + "&lang=fr");
		assertThat(page).as("a customer's words escaped").contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(page).contains("/customers/" + odile.id(), "Facturation", "Prix trop élevé");
		assertThat(page("/voice/themes/PRICE?lang=en")).contains(tag, "&lt;script&gt;", "Price too high", "case file");
		assertThat(mvc.perform(get("/voice/themes/NOT_A_THEME").with(user("celine").roles("SUPERVISOR"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/voice").with(user("paul").roles("ADVISOR"))).andReturn().getResponse().getStatus())
			.as("advisors do not read every customer's words").isEqualTo(403);
	}

	@Test
	void aThemeAnAdministratorAddsSortsTheTextsAgain() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Contact noted = contact(customer("Lucie Perrin", "fr"), "Le décodeur redémarre tout seul pendant les matchs " + tag);
		intake.readNew();
		assertThat(topics(TextSource.NOTE, noted.id())).doesNotContain("DECODER");

		assertThat(admin.put("/api/voice/topics/decoder", "{}").body()).contains("\"field\":\"code\"");
		assertThat(admin.put("/api/voice/topics/DECODER", """
				{"kind":"TOPIC","labelFr":"Décodeur","labelEn":"Decoder","termsFr":"  \\n ","termsEn":""}""").body())
			.contains("\"field\":\"termsFr\"");
		assertThat(admin.put("/api/voice/topics/DECODER", """
				{"kind":"TOPIC","labelFr":"Décodeur","termsFr":"décodeur"}""").body()).contains("\"field\":\"labelEn\"");
		assertThat(supervisor.put("/api/voice/topics/DECODER", """
				{"kind":"TOPIC","labelFr":"Décodeur","labelEn":"Decoder","termsFr":"décodeurs"}""").status()).as("administrators only").isEqualTo(403);
		ApiClient.Response saved = admin.put("/api/voice/topics/DECODER", """
				{"kind":"TOPIC","labelFr":"Décodeur","labelEn":"Decoder","termsFr":"décodeurs\\nbox TV","termsEn":"decoder"}""");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		intake.readNew();
		assertThat(topics(TextSource.NOTE, noted.id())).as("« décodeurs » finds « décodeur »").contains("DECODER");
		admin.put("/api/voice/topics/DECODER", """
				{"kind":"TOPIC","labelFr":"Décodeur","labelEn":"Decoder","termsFr":"décodeurs","active":false}""");
		intake.readNew();
		assertThat(topics(TextSource.NOTE, noted.id())).as("inactive").doesNotContain("DECODER");

		// the administrators' page: a refusal said in the reader's language, a change kept
		assertThat(mvc.perform(post("/admin/topics?lang=fr").with(csrf()).with(user("ada").roles("ADMIN")).param("code", "DECODER")
			.param("kind", "TOPIC").param("labelFr", "Décodeur").param("labelEn", "Decoder").param("termsFr", " ").param("termsEn", ""))
			.andReturn().getFlashMap().get("problem")).asString().contains("au moins une expression");
		mvc.perform(post("/admin/topics").with(csrf()).with(user("ada").roles("ADMIN")).param("code", "decoder").param("kind", "TOPIC")
			.param("labelFr", "Décodeur TV").param("labelEn", "TV decoder").param("termsFr", "décodeur").param("active", "true"));
		assertThat(mvc.perform(get("/admin/topics?code=DECODER").with(user("ada").roles("ADMIN"))).andReturn().getResponse()
			.getContentAsString()).contains("Décodeur TV", "décodeur");
		intake.readNew();
		assertThat(topics(TextSource.NOTE, noted.id())).as("active again, from the page").contains("DECODER");
	}

	@Test
	void anAmendedCommentIsAnalysedAgain() {
		long survey = surveys.create(new Surveys.NewSurvey("Voix amendée", SurveyKind.TRANSACTIONAL, List.of(
				new Surveys.NewQuestion(SurveyMeasure.CSAT, "Satisfait ?", "Satisfied?", true),
				new Surveys.NewQuestion(SurveyMeasure.TEXT, "Pourquoi ?", "Why?", false)))).id();
		Customer customer = customer("Jules Marin", "fr");
		SurveyInvitations.Invited invited = invitations.invite(survey, new About(customer.id(), null, "EMAIL", null, null, null, false),
				SentVia.LINK, null, "fr", null);
		answers.answer(invited.token(), List.of(new Answer(1, 2, null), new Answer(2, null, "Le colis n'est jamais arrivé")), "10.9.9.9");
		intake.readNew();
		assertThat(topics(TextSource.SURVEY, invited.id())).contains("DELIVERY").doesNotContain("BILLING");

		// changed in place: the intake, which reads what is new, would not see it; the amendment's event does
		answers.answer(invited.token(), List.of(new Answer(1, 2, null), new Answer(2, null, "Finalement c'est la facture qui pose problème")),
				"10.9.9.9");
		Awaitility.await("the amended comment analysed").atMost(Duration.ofSeconds(20))
			.until(() -> topics(TextSource.SURVEY, invited.id()).contains("BILLING"));
		assertThat(topics(TextSource.SURVEY, invited.id())).doesNotContain("DELIVERY");
	}

	@Test
	void aRestartedIndexTakesUpWhereItsCommitsStopped(@TempDir Path directory) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		contact(customer("Rémi Caron", "fr"), "Le technicien a été très désagréable " + tag);
		intake.readNew();
		VoiceProperties settings = new VoiceProperties(directory, Duration.ofSeconds(5), Duration.ofSeconds(30), "0 40 3 * * *");
		VerbatimIndex first = new VerbatimIndex(jdbc, settings);
		assertThat(first.catchUp()).as("built from the table").isPositive();
		assertThat(first.search(tag, 10)).hasSize(1);
		first.close();

		VerbatimIndex again = new VerbatimIndex(jdbc, settings);
		try {
			assertThat(again.catchUp()).as("nothing new since its last commit").isZero();
			assertThat(again.search(tag, 10)).as("its words kept on disk").hasSize(1);
		}
		finally {
			again.close();
		}
	}

	@Test
	void anErasedCustomersTextsLeaveTheVerbatimsAndTheIndex() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Customer gone = customer("Armelle Roy", "fr");
		contact(gone, "La cliente a été baladée d’un service à l’autre " + tag);
		intake.readNew();
		index.catchUp();
		assertThat(index.search(tag, 10)).hasSize(1);

		erasure.erase(gone.id(), "demande de la cliente (test)");
		assertThat(supervisor.get("/api/voice/verbatims?q=" + tag).json()).as("at once, before the index catches up").isEmpty();
		assertThat(jdbc.sql("select count(*) from verbatim where customer_id = ?").param(gone.id()).query(Integer.class).single()).isZero();
		index.catchUp();
		assertThat(index.search(tag, 10)).as("its words out of the index").isEmpty();
		intake.readNew();
		assertThat(jdbc.sql("select count(*) from verbatim where customer_id = ?").param(gone.id()).query(Integer.class).single())
			.as("the erased note is not read again").isZero();
	}

	@Test
	void aThemesUnhappyShareCarriesTheWilsonInterval() {
		// four contacts whose texts speak of a theme of this test only, three of them answered unhappily
		String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
		String word = "zorglub" + code.toLowerCase();
		admin.put("/api/voice/topics/" + code, "{\"kind\":\"TOPIC\",\"labelFr\":\"Essai\",\"labelEn\":\"Trial\",\"termsFr\":\"" + word + "\"}");
		Customer customer = customer("Paul Morel", "fr");
		long survey = jdbc.sql("insert into survey (name, kind, active, created_at) values ('Voix', 'TRANSACTIONAL', false, now()) returning id")
			.query(Long.class).single();
		int[] scores = { 1, 2, 1, 5 };
		for (int score : scores) {
			Contact contact = contact(customer, "Il parle de " + word);
			long invitation = jdbc.sql("""
					insert into survey_invitation (survey_id, token_hash, customer_id, contact_id, sent_via, language, created_at, expires_at, answered_at)
					values (?, sha256(convert_to(?, 'UTF8')), ?, ?, 'LINK', 'fr', now(), now() + interval '1 day', now()) returning id""")
				.params(survey, UUID.randomUUID().toString(), customer.id(), contact.id()).query(Long.class).single();
			jdbc.sql("insert into survey_answer (invitation_id, position, measure, score) values (?, 1, 'CSAT', ?)").params(invitation, score).update();
		}
		intake.readNew();

		JsonNode theme = null;
		for (JsonNode figure : supervisor.get("/api/voice/themes?days=30").json()) {
			theme = figure.get("topic").get("code").asString().equals(code) ? figure : theme;
		}
		assertThat(theme).isNotNull();
		assertThat(theme.get("texts").asLong()).isEqualTo(4);
		JsonNode with = theme.get("unhappyWith");
		assertThat(with.get("count").asLong()).isEqualTo(3);
		assertThat(with.get("of").asLong()).isEqualTo(4);
		// R: prop.test(3, 4, correct = FALSE)$conf.int → 0.3006418 0.9544127
		assertThat(with.get("lower").asDouble()).isCloseTo(0.3006418, within(1e-6));
		assertThat(with.get("upper").asDouble()).isCloseTo(0.9544127, within(1e-6));
		assertThat(supervisor.get("/api/voice/themes?days=0").body()).contains("\"field\":\"days\"");
	}

	@Test
	void aRestartThatTrainsTheSameClassifierLeavesTheVerbatimsAsAnalysed() {
		// comments in words of this test only, each sentiment told by its own word: a model learns them, the word list cannot
		String tag = UUID.randomUUID().toString().substring(0, 6).replace('-', 'x');
		Customer customer = customer("Lucie Faure", "fr");
		long survey = jdbc.sql("insert into survey (name, kind, active, created_at) values ('Apprentissage', 'TRANSACTIONAL', false, now()) returning id")
			.query(Long.class).single();
		for (int i = 0; i < 40; i++) {
			labelledComment(survey, customer, 1, "grumpf" + tag + " encore " + i);
			labelledComment(survey, customer, 3, "bof" + tag + " moyen " + i);
			labelledComment(survey, customer, 5, "youpi" + tag + " super " + i);
		}
		sentiment.train();
		intake.analyseAgain();

		// a restart: the classifier trained afresh, in a new instance, from the same comments
		assertThat(new CompanySentiment(jdbc).train()).as("the same comments, the same classifier").isFalse();
		labelledComment(survey, customer, 1, "grumpf" + tag + " toujours");
		assertThat(new CompanySentiment(jdbc).train()).as("a comment more, another model").isTrue();
	}

	private void labelledComment(long survey, Customer customer, int csat, String comment) {
		long invitation = jdbc.sql("""
				insert into survey_invitation (survey_id, token_hash, customer_id, sent_via, language, created_at, expires_at, answered_at)
				values (?, sha256(convert_to(?, 'UTF8')), ?, 'LINK', 'fr', now(), now() + interval '1 day', now()) returning id""")
			.params(survey, UUID.randomUUID().toString(), customer.id()).query(Long.class).single();
		jdbc.sql("insert into survey_answer (invitation_id, position, measure, score) values (?, 1, 'CSAT', ?)").params(invitation, csat).update();
		jdbc.sql("insert into survey_answer (invitation_id, position, measure, comment) values (?, 2, 'TEXT', ?)").params(invitation, comment)
			.update();
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user("celine").roles("SUPERVISOR"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private Customer customer(String name, String language) {
		return customers.register(new NewCustomer("VX-" + UUID.randomUUID().toString().substring(0, 8), name, language, Segment.RESIDENTIAL,
				Expertise.INTERMEDIATE, new BigDecimal("30"), LocalDate.parse("2022-01-10"), Consent.NONE, null, List.of()), "voice test");
	}

	private Contact contact(Customer customer, String notes) {
		Instant at = Instant.now().minusSeconds(600);
		return contacts.record(new NewContact(customer.id(), null, null, Channel.PHONE, Direction.INBOUND, "COMPLAINT", null, at, null,
				at.plusSeconds(30), at.plusSeconds(300), null, true, false, true, notes, null, List.of()), "voice test").contact();
	}

	private long chat(Customer customer, Contact contact, String text) {
		long widget = jdbc.sql("""
				insert into chat_widget (public_key, name, queue_code, identity_secret, allowed_origins, created_at)
				values (?, 'Voix', ?, 's', '{https://exemple.fr}', now()) returning id""").params("voice-" + UUID.randomUUID(), routing.queue(1, 60))
			.query(Long.class)
			.single();
		long conversation = jdbc.sql("""
				insert into chat_conversation (widget_id, token_hash, customer_id, language, contact_id, state, started_at)
				values (?, sha256(convert_to(?, 'UTF8')), ?, 'en', ?, 'OPEN', now()) returning id""")
			.params(widget, UUID.randomUUID().toString(), customer.id(), contact.id()).query(Long.class).single();
		jdbc.sql("insert into chat_message (conversation_id, seq, author, body, sent_at) values (?, 1, 'CUSTOMER', ?, now())")
			.params(conversation, text).update();
		return conversation;
	}

	private long emailOf(long contactId) {
		return jdbc.sql("select id from email_message where contact_id = ? and direction = 'INBOUND'").param(contactId).query(Long.class).single();
	}

	private long lastMessage(long conversation) {
		return jdbc.sql("select max(id) from chat_message where conversation_id = ?").param(conversation).query(Long.class).single();
	}

	private List<String> topics(TextSource source, long sourceId) {
		return jdbc.sql("select unnest(topics) from verbatim where source = ? and source_id = ?").params(source.name(), sourceId)
			.query(String.class).list();
	}

	private String sentiment(TextSource source, long sourceId) {
		return jdbc.sql("select sentiment from verbatim where source = ? and source_id = ?").params(source.name(), sourceId)
			.query(String.class).single();
	}
}
