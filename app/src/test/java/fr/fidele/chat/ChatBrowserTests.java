package fr.fidele.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.web.WebhookSignature;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two Chromiums: a customer signed in on the company's test site (another origin, served here) opens the widget, is
 * recognised by the reference the site signed and asked nothing, and chats with an advisor who answers from the
 * workspace, live both ways; the advisor hands the chat to a colleague with a note, and the transcript is in the case
 * file.
 */
@FideleTest
class ChatBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	CustomerManagement customers;

	@Autowired
	JdbcClient jdbc;

	HttpServer site;
	String page;

	@BeforeEach
	void theCompanysSite() throws IOException {
		site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		site.createContext("/", exchange -> {
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		site.start();
	}

	@AfterEach
	void closeTheSite() {
		site.stop(0);
	}

	@Test
	void aSignedInCustomerChatsWithAnAdvisorWhoHandsTheChatOnWithANote() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String queue = routing.queue(1, 60);
		String origin = "http://127.0.0.1:" + site.getAddress().getPort();
		JsonNode created = admin.post("/api/chat/widgets", """
				{"name":"Boutique en ligne","queue":"%s","allowedOrigins":["%s"]}""".formatted(queue, origin)).json();
		String key = created.at("/widget/key").asString();
		Customer customer = customers.register(new NewCustomer("WB-" + UUID.randomUUID().toString().substring(0, 8), "Nadia Benali", "fr",
				Segment.PREMIUM, Expertise.EXPERT, new BigDecimal("49.90"), LocalDate.parse("2021-01-15"), Consent.NONE, null, List.of()),
				"browser test");
		String signature = WebhookSignature.header(created.get("identitySecret").asString(), Instant.now().getEpochSecond(), customer.reference());
		page = """
				<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Boutique</title></head>
				<body><h1>Mon compte</h1><p>Bonjour Nadia</p>
				<script src="http://localhost:%d/chat/widget.js" data-widget="%s" data-reference="%s" data-signature="%s" async></script>
				</body></html>""".formatted(port, key, customer.reference(), signature);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		Advisor colleague = routing.advisor(port, Map.of(queue, 1));

		try (Browser desk = new Browser(port); Browser shopper = new Browser(port)) {
			desk.openWorkspace(advisor.username(), TestPeople.PASSWORD, "AVAILABLE");
			WebDriver customerPage = shopper.driver();
			customerPage.get(origin + "/");
			shopper.click(By.id("fidele-chat-button"));
			shopper.waiting().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("fidele-chat-frame")));
			shopper.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in")));
			assertThat(customerPage.findElement(By.id("name")).isDisplayed()).as("a signed-in customer is not asked who they are").isFalse();
			customerPage.findElement(By.id("first")).sendKeys("Bonjour, où en est ma commande <b>42</b> ?");
			customerPage.findElement(By.cssSelector("#start button[type=submit]")).click();
			shopper.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "ma commande <b>42</b>"));

			desk.click(By.cssSelector("#offers .offer .accept"));
			WebDriver workspace = desk.driver();
			desk.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#current .chat-log"), "ma commande <b>42</b>"));
			assertThat(workspace.findElement(By.cssSelector("#current .identity-by-channel")).isDisplayed()).isTrue();
			workspace.findElement(By.cssSelector("#current .chat-text")).sendKeys("Elle part aujourd'hui même." + Keys.ENTER);

			shopper.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "Elle part aujourd'hui même."));
			customerPage.findElement(By.id("text")).sendKeys("Parfait, merci !" + Keys.ENTER);
			desk.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#current .chat-log"), "Parfait, merci !"));
			// the workspace showed it: the customer sees it read
			shopper.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#log li:last-child .state"), "Lu"));

			workspace.findElement(By.cssSelector("#current form.transfer input[name=advisor]")).sendKeys(colleague.username());
			workspace.findElement(By.cssSelector("#current form.transfer textarea[name=note]")).sendKeys("Cliente premium, commande 42 : suivi du colis");
			workspace.findElement(By.cssSelector("#current form.transfer .transfer-submit")).click();
			routing.presence(colleague, "AVAILABLE");
			JsonNode handed = routing.awaitItem(colleague, item -> "CHAT".equals(item.get("channel").asString()));
			assertThat(handed.get("transferNote").asString()).isEqualTo("Cliente premium, commande 42 : suivi du colis");
			assertThat(handed.get("verifiedByChannel").asBoolean()).as("still verified after the transfer").isTrue();

			long caseId = jdbc.sql("select case_id from contact where id = ?").param(handed.get("contactId").asLong()).query(Long.class).single();
			desk.open("/cases/" + caseId);
			assertThat(workspace.findElement(By.id("chats")).getText()).contains("ma commande <b>42</b>", "Elle part aujourd'hui même.",
					"Parfait, merci !");
		}
	}
}
