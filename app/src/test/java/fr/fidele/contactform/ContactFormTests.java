package fr.fidele.contactform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.email.EmailReplies;
import fr.fidele.support.ApiClient;
import fr.fidele.support.LocalMailboxes;
import fr.fidele.support.PageSession;
import fr.fidele.support.Prometheus;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public contact form, through HTTP as a visitor's browser sends it: a message becomes a WEB_FORM contact in the
 * mailbox's queue; the advisor's answer leaves by e-mail and the customer's reply joins the same case; robots (the
 * hidden field, a form posted at once or never loaded) are told it worked and nothing is kept; a page open too long,
 * a field refused or the limit per address keep what was typed and keep nothing; a withdrawn form is gone.
 */
@FideleTest
class ContactFormTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final AtomicInteger VISITORS = new AtomicInteger(1);

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	EmailReplies replies;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin;
	String support;
	long mailbox;
	String queue;
	String key;

	@BeforeEach
	void aFormOnAMailbox() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		support = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@fidele.test";
		MAIL.setUser(support, support, "secret");
		queue = routing.queue(1, 60);
		mailbox = LocalMailboxes.add(admin, support, "secret", queue).json().get("id").asLong();
		ApiClient.Response added = admin.post("/api/contact-forms", "{\"name\":\"Écrivez-nous\",\"mailboxId\":" + mailbox + "}");
		assertThat(added.status()).isEqualTo(201);
		key = added.json().get("key").asText();
		assertThat(key).as("192 random bits, URL-safe").hasSize(32);
	}

	@Test
	void aMessageIsAnsweredByEmailAndTheAnswerJoinsTheSameCase() throws Exception {
		PageSession visitor = visitor();
		HttpResponse<String> page = visitor.get("/contact/" + key);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Écrivez-nous", "name=\"website\"");

		HttpResponse<String> sent = visitor.postPublic("/contact/" + key, fields("Léa Martin", "lea@exemple.fr", "Ma facture",
				"Bonjour, ma facture de mars est en double.", "", ticket(Duration.ofSeconds(20))));
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.uri().getPath()).isEqualTo("/contact/" + key + "/sent");
		long contact = jdbc.sql("""
				select m.contact_id from email_message m where m.mailbox_id = ? and m.direction = 'INBOUND' and m.sender = 'lea@exemple.fr'""")
			.param(mailbox).query(Long.class).single();
		assertThat(jdbc.sql("select channel from contact where id = ?").param(contact).query(String.class).single()).isEqualTo("WEB_FORM");
		assertThat(jdbc.sql("select queue_code from work_item where contact_id = ?").param(contact).query(String.class).single()).isEqualTo(queue);

		long reply = replies.reply(contact, 1, "Camille", "Nous annulons le doublon aujourd'hui.");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(
				jdbc.sql("select send_state from email_message where id = ?").param(reply).query(String.class).single()));
		MimeMessage answer = MAIL.getReceivedMessagesForDomain("exemple.fr")[0];
		assertThat(answer.getSubject()).startsWith("Re: Ma facture");
		assertThat(answer.getHeader("In-Reply-To")[0]).startsWith("<form-");

		// the customer answers from their mail software: the headers lead back to the form's conversation
		MimeMessage again = GreenMailUtil.createTextEmail(support, "lea@exemple.fr", answer.getSubject(), "Merci !", ServerSetupTest.SMTP);
		again.setHeader("In-Reply-To", answer.getMessageID());
		again.setHeader("References", answer.getMessageID());
		GreenMailUtil.sendMimeMessage(again);
		admin.post("/api/mailboxes/" + mailbox + "/read", "");
		assertThat(jdbc.sql("""
				select count(distinct thread_id) from email_message where mailbox_id = ?""").param(mailbox).query(Integer.class).single())
			.as("the form's message, the reply and the answer in one conversation").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from email_message where mailbox_id = ?").param(mailbox).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void robotsAreToldItWorkedAndNothingIsKept() {
		double before = Prometheus.value(admin, "fidele_contact_form_submissions_total{outcome=\"robot\"}");
		String hiddenFieldFilled = fields("Bot", "bot@exemple.fr", "", "Achetez", "https://spam.example", ticket(Duration.ofSeconds(20)));
		String postedAtOnce = fields("Bot", "bot@exemple.fr", "", "Achetez", "", ticket(Duration.ofMillis(500)));
		String neverLoaded = fields("Bot", "bot@exemple.fr", "", "Achetez", "", Instant.now().minusSeconds(60).toEpochMilli() + ".0badc0de");
		for (String form : new String[] { hiddenFieldFilled, postedAtOnce, neverLoaded, fields("Bot", "bot@exemple.fr", "", "Achetez", "", "") }) {
			HttpResponse<String> answer = visitor().postPublic("/contact/" + key, form);
			assertThat(answer.uri().getPath()).isEqualTo("/contact/" + key + "/sent");
		}
		assertThat(kept()).isZero();
		assertThat(Prometheus.value(admin, "fidele_contact_form_submissions_total{outcome=\"robot\"}")).isEqualTo(before + 4);
	}

	@Test
	void aRefusedFieldKeepsWhatWasTypedEscapedAndKeepsNothing() {
		HttpResponse<String> answer = visitor().postPublic("/contact/" + key,
				fields("Léa", "pas-une-adresse", "", "<script>alert(1)</script> ma commande", "", ticket(Duration.ofSeconds(20))));
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("id=\"email\"", "aria-invalid=\"true\"", "pas-une-adresse", "&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(kept()).isZero();
	}

	@Test
	void aPageOpenTooLongIsSentAgainWithItsText() {
		HttpResponse<String> answer = visitor().postPublic("/contact/" + key,
				fields("Léa", "lea@exemple.fr", "", "Mon colis n’est pas arrivé", "", ticket(Duration.ofHours(3))));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Mon colis n’est pas arrivé", "ouverte depuis longtemps");
		assertThat(kept()).isZero();
	}

	@Test
	void oneAddressSendsAtMostFiveMessagesAnHour() {
		PageSession visitor = visitor();
		for (int i = 0; i < 5; i++) {
			assertThat(visitor.postPublic("/contact/" + key, fields("Léa", "lea@exemple.fr", "", "Message " + i, "", ticket(Duration.ofSeconds(20))))
				.statusCode()).isEqualTo(200);
		}
		HttpResponse<String> sixth = visitor.postPublic("/contact/" + key,
				fields("Léa", "lea@exemple.fr", "", "Message 6", "", ticket(Duration.ofSeconds(20))));
		assertThat(sixth.statusCode()).isEqualTo(429);
		assertThat(sixth.body()).contains("Message 6");
		assertThat(kept()).isEqualTo(5);
		assertThat(visitor().postPublic("/contact/" + key, fields("Paul", "paul@exemple.fr", "", "Bonjour", "", ticket(Duration.ofSeconds(20))))
			.statusCode()).as("another address is not held back").isEqualTo(200);
	}

	@Test
	void theFormMayBeEmbeddedByAnySiteAndTheRestOfFideleByNone() {
		HttpResponse<String> embedded = visitor().get("/contact/" + key + "?embed=true&lang=en");
		assertThat(embedded.body()).contains("Your e-mail address").doesNotContain("Votre adresse");
		assertThat(embedded.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).endsWith("frame-ancestors *"));
		assertThat(embedded.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(embedded.headers().allValues("Set-Cookie")).as("no session for a visitor").noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		HttpResponse<String> signIn = visitor().get("/login");
		assertThat(signIn.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).endsWith("frame-ancestors 'none'"));
	}

	@Test
	void aWithdrawnOrUnknownFormIsNotFound() {
		long id = admin.get("/api/contact-forms").json().findValues("id").stream().mapToLong(node -> node.asLong()).max().orElseThrow();
		assertThat(admin.post("/api/contact-forms/" + id + "/withdraw", "").json().get("enabled").asBoolean()).isFalse();
		assertThat(visitor().get("/contact/" + key).statusCode()).isEqualTo(404);
		assertThat(visitor().postPublic("/contact/" + key, fields("Léa", "lea@exemple.fr", "", "Bonjour", "", "")).statusCode()).isEqualTo(404);
		assertThat(visitor().get("/contact/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(admin.post("/api/contact-forms", "{\"name\":\" \",\"mailboxId\":" + mailbox + "}").body()).contains("\"field\":\"name\"");
		assertThat(admin.post("/api/contact-forms", "{\"name\":\"Autre\",\"mailboxId\":987654321}").body()).contains("\"field\":\"mailboxId\"");
	}

	private PageSession visitor() {
		int n = VISITORS.getAndIncrement();
		return PageSession.anonymous(port, "198.51." + (n / 250) + "." + (n % 250 + 1));
	}

	/** The ticket the form's page would have given {@code ago}, signed with the form's secret. */
	private String ticket(Duration ago) {
		String secret = jdbc.sql("select ticket_secret from contact_form where public_key = ?").param(key).query(String.class).single();
		return FormTicket.issue(secret, Instant.now().minus(ago));
	}

	private int kept() {
		return jdbc.sql("select count(*) from email_message where mailbox_id = ?").param(mailbox).query(Integer.class).single();
	}

	private static String fields(String name, String email, String subject, String message, String website, String ticket) {
		return "name=" + encode(name) + "&email=" + encode(email) + "&subject=" + encode(subject) + "&message=" + encode(message)
				+ "&website=" + encode(website) + "&ticket=" + encode(ticket);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
