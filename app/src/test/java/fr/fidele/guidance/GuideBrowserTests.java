package fr.fidele.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.ReadContract;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * In Chromium: an advisor takes a call from a customer; once the advisor names the reason the guide for it opens beside
 * the case file in the variant for the customer's expertise, with a suggestion for that reason, and changes to the
 * expert's words when the advisor finds the customer an expert; the advisor follows a step and an answer, and accepts
 * the suggestion; the contact records the guide shown, its version and variant, the steps followed, and the suggestion
 * accepted, which the customer now holds. The guide's and the suggestion's words, written with markup, are shown as
 * text.
 */
@FideleTest
class GuideBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGuideOpensForTheReasonChangesForAnExpertAndTheStepFollowedIsRecordedOnTheContact() throws Exception {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String reason = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		admin.post("/api/reasons", """
				{"code":"%s","labelFr":"Compteur bloqué %s","labelEn":"Stuck meter %s","position":91,"active":true}""".formatted(reason, reason, reason));
		String code = GuidanceTests.guide(author, "G" + reason, reason, null);
		author.post("/api/guides/" + code + "/versions", """
				{"variants":[
				 {"expertise":"INTERMEDIATE","language":"fr","body":"1. Demandez ce qui a été essayé.\\n2. Relevez l’index."},
				 {"expertise":"EXPERT","language":"fr","body":"Client expert.\\n\\n1. Demandez l’index qu’il a relevé <b>lui-même</b>.\\n2. Le compteur repart-il ?\\n   - Oui → 1\\n   - Non → 2"}]}""");
		author.post("/api/guides/" + code + "/versions/1/proposal", "");
		admin.post("/api/guides/" + code + "/versions/1/approval", "");
		String product = "P" + reason;
		assertThat(admin.put("/api/catalogue/products/" + product, """
				{"nameFr":"Relevé à distance","nameEn":"Remote reading","category":"Services","active":true}""").status()).isEqualTo(200);
		ApiClient.Response linked = admin.post("/api/catalogue/links", """
				{"toProduct":"%s","kind":"NEXT_NEED","reasonCode":"%s","whyFr":"Plus besoin de relever soi-même <le compteur>.","whyEn":"No more reading the meter oneself."}"""
			.formatted(product, reason));
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		String category = "K" + reason;
		admin.put("/api/knowledge/categories/" + category, "{\"nameFr\":\"Compteurs\",\"nameEn\":\"Meters\",\"position\":1}");
		String article = "compteur-" + reason.toLowerCase();
		ApiClient.Response written = author.post("/api/knowledge/articles", """
				{"slug":"%s","category":"%s","audience":"INTERNAL","reviewOn":"2030-01-01","reasons":["%s"],
				 "titleFr":"Compteur bloqué : que vérifier","bodyFr":"Le disjoncteur, puis l’écran."}""".formatted(article, category, reason));
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		String phone = "+3361" + (1_000_000 + (int) (Math.random() * 8_000_000));
		long customer = admin.post("/api/customers", """
				{"reference":"GB-%s","name":"Inès Martin","segment":"RESIDENTIAL","expertise":"INTERMEDIATE","customerSince":"2023-05-01",
				 "identities":[{"kind":"PHONE","value":"%s"}]}""".formatted(reason, phone)).json().get("id").asLong();
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 2));

		try (Browser browser = new Browser(port)) {
			browser.openWorkspace(advisor.username(), TestPeople.PASSWORD, "AVAILABLE");
			new SwitchClient(port, FideleTest.CTI_SECRET).offered(UUID.randomUUID().toString(), queue, phone, Instant.now());
			browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#offers .offer .accept"))).click();
			WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current .guide-panel")));
			assertThat(panel.findElements(By.cssSelector(".guide-step"))).as("no guide before the reason is known").isEmpty();

			new Select(panel.findElement(By.name("reasonCode"))).selectByValue(reason);
			panel.findElement(By.cssSelector("form.guide-reason button[type=submit]")).click();
			panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current .guide-panel .guide-step")))
				.findElement(By.xpath("ancestor::section[contains(@class,'guide-panel')]"));
			assertThat(panel.findElement(By.cssSelector(".guide-variant")).getText()).contains("Intermédiaire");
			assertThat(panel.getText()).contains("Demandez ce qui a été essayé.");
			assertThat(browser.driver().findElement(By.cssSelector("#current .suggested-article[data-slug='" + article + "'] a")).getText())
				.as("the knowledge base's article for the reason").isEqualTo("Compteur bloqué : que vérifier");

			panel.findElement(By.cssSelector(".customer-expert")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#current .guide-variant"), "Expert"));
			WebElement first = browser.driver().findElement(By.cssSelector("#current .guide-step"));
			assertThat(first.getText()).contains("Demandez l’index qu’il a relevé <b>lui-même</b>.");
			assertThat(browser.driver().findElements(By.cssSelector("#current .guide-step b"))).as("the guide's markup stays text").isEmpty();
			first.findElement(By.cssSelector(".follow-step")).click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current .guide-step .step-followed")));
			browser.driver().findElements(By.cssSelector("#current .guide-step")).get(1).findElements(By.cssSelector("button.branch")).get(1).click();
			browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#current .guide-step .step-followed"), 2));

			WebElement suggestion = browser.driver().findElement(By.cssSelector("#current .suggestion[data-product='" + product + "']"));
			assertThat(suggestion.findElement(By.cssSelector(".why")).getText()).isEqualTo("Plus besoin de relever soi-même <le compteur>.");
			suggestion.findElement(By.cssSelector("button.accepted")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#current .suggestion .suggestion-status"), "accepté"));
		}

		long contact = routing.items(advisor).get(0).get("contactId").asLong();
		JsonNode uses = advisor.api().get("/api/guides/uses?contact=" + contact).json();
		JsonNode expert = uses.get(uses.size() - 1);
		assertThat(expert.get("guide").asString()).isEqualTo(code);
		assertThat(expert.get("expertise").asString()).isEqualTo("EXPERT");
		assertThat(expert.get("outcome").asString()).isEqualTo("FOLLOWED");
		assertThat(expert.get("steps").toString()).isEqualTo("[1,2]");
		assertThat(expert.get("answers").toString()).isEqualTo("[\"\",\"Non\"]");
		assertThat(admin.get("/api/customers/" + customer).json().get("expertise").asString()).isEqualTo("EXPERT");
		JsonNode suggested = advisor.api().get("/api/catalogue/suggestions?contact=" + contact).json();
		// other tests' links for anyone may be suggested beside this one: this test's product is the one accepted
		List<String> accepted = new ArrayList<>();
		suggested.forEach(s -> {
			if ("ACCEPTED".equals(s.get("status").asString())) {
				accepted.add(s.get("product").asString());
			}
		});
		assertThat(accepted).containsExactly(product);
		assertThat(admin.get("/api/catalogue/customers/" + customer + "/products").body()).contains(product);
		// the read contract the loyalty figures are computed from: no text, the last guide shown followed
		assertThat(ReadContract.columns(jdbc, "guide_use_facts")).containsExactly("contact_id", "customer_id", "guide", "version", "expertise",
				"language", "shown_at", "followed", "outcome");
		assertThat(jdbc.sql("select followed from guide_use_facts where contact_id = ? and expertise = 'EXPERT'").param(contact).query(Boolean.class)
			.single()).isTrue();
	}
}
