package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.LocalMailboxes;
import fr.fidele.support.Browser;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole round in Chromium, on a real SMTP and IMAP server (GreenMail): a customer's e-mail is offered to the
 * advisor with its text, the advisor's reply from the workspace reaches the customer's mailbox answering it and naming
 * the case, and the customer's answer to that reply joins the same case, which the case file shows.
 */
@FideleTest
class EmailBrowserTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Test
	void aCustomersMailIsAnsweredFromTheWorkspaceAndTheirAnswerJoinsTheCase() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String queue = routing.queue(1, 60);
		String support = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@fidele.test";
		String customer = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		MAIL.setUser(support, support, "secret");
		MAIL.setUser(customer, customer, "secret");
		long mailbox = LocalMailboxes.add(admin, support, "secret", queue).json().get("id").asLong();
		long customerId = admin.post("/api/customers", """
				{"reference":"EB-%s","name":"Odile Marchand","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2022-09-01",
				 "identities":[{"kind":"EMAIL","value":"%s"}]}""".formatted(UUID.randomUUID().toString().substring(0, 8), customer))
			.json().get("id").asLong();
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		String template = "Salutation " + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/api/reply-templates", "{\"name\":\"" + template + "\",\"language\":\"fr\",\"body\":\"Bonjour {prenom},\"}");

		GreenMailUtil.sendTextEmail(support, customer, "Coupure depuis ce matin", "Plus d'internet depuis 8 h, la box est éteinte.",
				ServerSetupTest.SMTP);
		try (Browser browser = new Browser(port)) {
			browser.openWorkspace(advisor.username(), TestPeople.PASSWORD, "AVAILABLE");
			assertThat(admin.post("/api/mailboxes/" + mailbox + "/read", "").json().get("kept").asInt()).isEqualTo(1);
			browser.click(By.cssSelector("#offers .offer .accept"));
			WebElement conversation = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current [data-region=email-conversation]")));
			assertThat(conversation.getText()).contains("la box est éteinte");

			WebElement reply = browser.driver().findElement(By.cssSelector("#current form.email-reply textarea"));
			new Select(browser.driver().findElement(By.cssSelector("#current form.email-reply select.reply-template")))
				.selectByVisibleText(template);
			assertThat(reply.getDomProperty("value")).as("the template filled in for this customer").isEqualTo("Bonjour Odile,");
			reply.sendKeys(" un technicien passe demain entre 8 h et 12 h.");
			browser.driver().findElement(By.cssSelector("#current form.email-reply .send-reply")).click();

			MimeMessage answer = Awaitility.await("the reply in the customer's mailbox").until(() -> Arrays.stream(MAIL.getReceivedMessages())
				.filter(message -> hasRecipient(message, customer)).findFirst().orElse(null), found -> found != null);
			long caseId = admin.get("/api/customers/" + customerId + "/contacts").json().get(0).get("caseId").asLong();
			assertThat(answer.getSubject()).isEqualTo("Re: Coupure depuis ce matin [#C-" + caseId + "]");
			assertThat((String) answer.getContent()).contains("Bonjour Odile, un technicien passe demain").contains("Test ADVISOR");
			assertThat(answer.getHeader("In-Reply-To", null)).isNotBlank();

			MimeMessage again = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
			again.setFrom(customer);
			again.setRecipients(Message.RecipientType.TO, support);
			again.setSubject("Re: " + answer.getSubject(), "UTF-8");
			again.setHeader("In-Reply-To", answer.getMessageID());
			again.setText("Merci, je serai là.", "UTF-8");
			Transport.send(again);
			Awaitility.await().until(() -> MAIL.getReceivedMessagesForDomain("fidele.test").length >= 2);
			assertThat(admin.post("/api/mailboxes/" + mailbox + "/read", "").json().get("kept").asInt()).isEqualTo(1);

			JsonNode messages = admin.get("/api/email/cases/" + caseId + "/messages").json();
			assertThat(messages).extracting(message -> message.get("direction").asString()).containsExactly("INBOUND", "OUTBOUND", "INBOUND");
			assertThat(messages.get(1).get("sendState").asString()).isEqualTo("SENT");
			browser.open("/cases/" + caseId);
			assertThat(browser.driver().findElement(By.id("emails")).getText()).contains("la box est éteinte", "un technicien passe demain",
					"Merci, je serai là.");
		}
	}

	@Test
	void anUnknownSenderIsRecognisedFromTheWorkspace() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String queue = routing.queue(1, 60);
		String support = "accueil-" + UUID.randomUUID().toString().substring(0, 8) + "@fidele.test";
		MAIL.setUser(support, support, "secret");
		long mailbox = LocalMailboxes.add(admin, support, "secret", queue).json().get("id").asLong();
		String reference = "UB-" + UUID.randomUUID().toString().substring(0, 8);
		long customerId = admin.post("/api/customers", """
				{"reference":"%s","name":"Paul Girard","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2022-09-01"}"""
			.formatted(reference)).json().get("id").asLong();
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		String stranger = "paul.g-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
		GreenMailUtil.sendTextEmail(support, stranger, "Ma facture", "C'est Paul Girard, client depuis 2022.", ServerSetupTest.SMTP);
		try (Browser browser = new Browser(port)) {
			browser.openWorkspace(advisor.username(), TestPeople.PASSWORD, "AVAILABLE");
			assertThat(admin.post("/api/mailboxes/" + mailbox + "/read", "").json().get("kept").asInt()).isEqualTo(1);
			browser.click(By.cssSelector("#offers .offer .accept"));
			WebElement identify = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current form.email-customer input[name=reference]")));
			identify.sendKeys(reference);
			browser.driver().findElement(By.cssSelector("#current form.email-customer .identify")).click();
			Awaitility.await("the sender recognised, the address now theirs").atMost(java.time.Duration.ofSeconds(15))
				.until(() -> admin.get("/api/customers/" + customerId).body().contains(stranger));
			assertThat(admin.get("/api/customers/" + customerId + "/contacts").json()).hasSize(1);
		}
	}

	private static boolean hasRecipient(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().contains(address));
		}
		catch (jakarta.mail.MessagingException e) {
			return false;
		}
	}
}
