package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.AccountRequests.AccountChanges;
import fr.fidele.history.History;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.Prometheus;
import fr.fidele.support.TestPeople;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone who forgot their password asks for a link on the sign-in page and sets a new one through it; the mail goes
 * through a real SMTP server (GreenMail) in the person's language. The page answers the same whether the account
 * exists, a link works once and for a while, and requests are limited per address and per account.
 */
@FideleTest
class PasswordResetTests {

	private static final String NEW = "le vent se lève il faut tenter de vivre";
	private static final Pattern LINK = Pattern.compile("(http://localhost:8080/password/reset\\?token=[A-Za-z0-9_-]{43})");

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	UserAdministration administration;

	@Autowired
	History history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLinkSentByMailSetsANewPasswordOnceAndEndsTheSessions() throws Exception {
		TestPeople.Person advisor = personWithAddress("fr");
		PageSession before = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);

		assertThat(ask(advisor.username())).contains("Si un compte correspond, un lien vient d’être envoyé");
		MimeMessage message = onlyMessage();
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(address(advisor));
		assertThat(message.getSubject()).isEqualTo("Fidèle : choisir un nouveau mot de passe");
		String link = link(message);
		String path = link.substring("http://localhost:8080".length());

		PageSession anonymous = PageSession.anonymous(port, freshAddress());
		assertThat(anonymous.get(path).body()).contains("Choisir un nouveau mot de passe").contains("name=\"token\"");
		assertThat(anonymous.submit(path, "/password/reset", form(token(link), "1qaz2wsx3edc", "1qaz2wsx3edc"))).contains("parmi les plus courants");
		assertThat(anonymous.submit(path, "/password/reset", form(token(link), NEW, NEW))).contains("Votre nouveau mot de passe est enregistré");

		assertThat(before.get("/account/password").uri().getPath()).as("the session open before the reset").isEqualTo("/login");
		assertThatThrownBy(() -> PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD)).hasMessageContaining("could not sign in");
		PageSession.signIn(port, advisor.username(), NEW);
		assertThat(anonymous.get(path).body()).contains("Ce lien a expiré ou a déjà servi.").doesNotContain("name=\"token\"");
		assertThat(history.of(UserAdministration.ENTITY, advisor.id()).get(0)).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("password reset");
			assertThat(entry.actor()).isEqualTo(advisor.username());
		});
	}

	@Test
	void theAnswerIsTheSameWhetherTheAccountExistsAndOnlyAKnownAddressGetsMail() throws Exception {
		TestPeople.Person withoutAddress = people.create(Role.ADVISOR);
		TestPeople.Person english = personWithAddress("en");
		String unknown = "personne-" + UUID.randomUUID();

		String answer = withoutFormToken(ask(unknown));
		assertThat(withoutFormToken(ask(withoutAddress.username()))).isEqualTo(answer);
		assertThat(withoutFormToken(ask(address(english).toUpperCase()))).as("named by its address, whatever its case").isEqualTo(answer);

		MimeMessage message = onlyMessage();
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(address(english));
		assertThat(message.getSubject()).isEqualTo("Fidèle: choose a new password");
		assertThat(text(message)).contains("Hello Test ADVISOR");
	}

	@Test
	void requestsAreLimitedPerAddressAndLinksPerAccount() throws Exception {
		TestPeople.Person advisor = personWithAddress("fr");
		PageSession office = PageSession.anonymous(port, freshAddress());
		for (int request = 0; request < 10; request++) {
			assertThat(office.submit("/password/forgotten", "account=nobody-" + request)).contains("Si un compte correspond");
		}
		assertThat(office.submit("/password/forgotten", "account=" + advisor.username())).contains("Trop de demandes depuis ce poste");

		for (int request = 0; request < 5; request++) {
			assertThat(ask(advisor.username())).contains("Si un compte correspond");
		}
		assertThat(SMTP.waitForIncomingEmail(3)).isTrue();
		assertThat(jdbc.sql("select count(*) from password_reset where user_id = ?").param(advisor.id()).query(Integer.class).single())
			.as("links made for the account in the hour").isEqualTo(3);
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		TestPeople.Person advisor = personWithAddress("fr");
		ask(advisor.username());
		String link = link(onlyMessage());
		jdbc.sql("update password_reset set expires_at = now() - interval '1 second' where user_id = ?").param(advisor.id()).update();

		PageSession anonymous = PageSession.anonymous(port, freshAddress());
		String path = link.substring("http://localhost:8080".length());
		assertThat(anonymous.get(path).body()).contains("Ce lien a expiré ou a déjà servi.");
		assertThat(anonymous.submit("/password/forgotten", "/password/reset", form(token(link), NEW, NEW))).contains("Ce lien a expiré");
		PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);
	}

	@Test
	void aLinkTheMailServerRefusesIsCountedForTheOperators() {
		TestPeople.Person advisor = personWithAddress("fr");
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		double before = Prometheus.value(admin, "fidele_system_mail_failures_total");
		SMTP.stop();

		assertThat(ask(advisor.username())).as("the same answer").contains("Si un compte correspond");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Prometheus.value(admin, "fidele_system_mail_failures_total") > before);
	}

	@Test
	void theSignInPageOffersTheLink() {
		assertThat(PageSession.anonymous(port, freshAddress()).get("/login").body()).contains("href=\"/password/forgotten\"");
	}

	private TestPeople.Person personWithAddress(String language) {
		TestPeople.Person person = people.create(Role.ADVISOR, language);
		administration.change(person.username(), new AccountChanges(null, null, null, null, null, address(person)), "a test");
		return person;
	}

	private static String address(TestPeople.Person person) {
		return person.username() + "@exemple.fr";
	}

	/** Asks for a link from an address of its own, so that no other test's requests count against it. */
	private String ask(String account) {
		return PageSession.anonymous(port, freshAddress()).submit("/password/forgotten", "account=" + encode(account));
	}

	private static MimeMessage onlyMessage() {
		assertThat(SMTP.waitForIncomingEmail(1)).isTrue();
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).as(Arrays.toString(received)).hasSize(1);
		return received[0];
	}

	private static String link(MimeMessage message) throws Exception {
		Matcher link = LINK.matcher(text(message));
		assertThat(link.find()).as(text(message)).isTrue();
		return link.group(1);
	}

	/** The message's text as its reader sees it, transfer encoding undone. */
	private static String text(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private static String withoutFormToken(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	private static String freshAddress() {
		return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	private static String form(String token, String password, String confirmation) {
		return "token=" + encode(token) + "&newPassword=" + encode(password) + "&confirmation=" + encode(confirmation);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
