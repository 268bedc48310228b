package fr.fidele.quality;

import static fr.fidele.quality.QualityFixture.criterion;
import static fr.fidele.quality.QualityFixture.grid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.TestPeople;
import fr.fidele.support.TestPeople.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * In Chromium: a supervisor draws the month's contacts and evaluates an advisor's call with a grid; the advisor finds the evaluation among theirs and
 * contests it; then the advisor records, from their reminders, the thank-you they gave a customer who helped. The
 * grid's and the customer's words, written with markup, stay text.
 */
@FideleTest
class QualityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aSupervisorEvaluatesACallTheAdvisorContestsItAndThanksACustomerFromTheirReminders() throws Exception {
		Person supervisor = people.create(Role.SUPERVISOR);
		Person advisor = people.create(Role.ADVISOR);
		ApiClient lead = new ApiClient(port, supervisor.token());
		QualityFixture fixture = new QualityFixture(lead);
		long contact = fixture.call(Instant.now().minusSeconds(7200), 300, "CUSTOMER", advisor.username());
		long gridId = lead.post("/api/quality/grids", grid(QualityFixture.code(), 80,
				criterion("Salue <b>le client</b>", 1, "YES_NO", null, false) + "," + criterion("Reformule", 1, "SCALE", 5, false))).json().get("id").asLong();
		long reminder = new ApiClient(port, advisor.token()).post("/api/gratitude/moments", """
				{"customerId":%d,"moment":"HELPED","context":"A recommandé <i>Fidèle Énergie</i> à sa voisine"}""".formatted(fixture.customerId))
			.json().get("id").asLong();

		try (Browser browser = new Browser(port)) {
			browser.signIn(supervisor.username(), TestPeople.PASSWORD);
			browser.open("/quality");
			browser.driver().findElement(By.id("draw")).click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("drawn")));
			browser.open("/quality/contacts/" + contact + "/evaluate?grid=" + gridId);
			WebElement form = browser.driver().findElement(By.id("evaluation-form"));
			assertThat(form.getText()).contains("Salue <b>le client</b>");
			assertThat(form.findElements(By.cssSelector("legend b"))).as("the grid's markup stays text").isEmpty();
			form.findElement(By.cssSelector("input[name=v1][value='1']")).click();
			form.findElement(By.cssSelector("input[name=v2][value='3']")).click();
			form.findElement(By.name("c2")).sendKeys("Reformule à moitié");
			form.findElement(By.id("comment")).sendKeys("Bon accueil, à travailler : la reformulation");
			form.findElement(By.id("save-evaluation")).click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evaluated a"))).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("score"), "75"));

			browser.signIn(advisor.username(), TestPeople.PASSWORD);
			browser.open("/quality/mine");
			browser.driver().findElement(By.cssSelector("#my-evaluations a")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("score"), "75"));
			assertThat(browser.driver().findElement(By.id("evaluator-comment")).getText()).contains("la reformulation");
			browser.driver().findElement(By.id("contest-reason")).sendKeys("J'ai reformulé au début de l'appel, avant le transfert du dossier");
			browser.driver().findElement(By.id("contest-button")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("contest"), "avant le transfert du dossier"));
			assertThat(browser.driver().findElements(By.id("contest-button"))).as("an evaluation is contested once").isEmpty();

			browser.open("/gratitude");
			WebElement card = browser.driver().findElement(By.cssSelector(".reminder[data-reminder='" + reminder + "']"));
			assertThat(card.getText()).contains("A recommandé <i>Fidèle Énergie</i> à sa voisine");
			new Select(card.findElement(By.name("channel"))).selectByValue("CARD");
			card.findElement(By.name("note")).sendKeys("Merci d'avoir parlé de nous à votre voisine, cela nous touche beaucoup.");
			card.findElement(By.cssSelector(".thank-form button[type=submit]")).click();
			// the form's answer reloads the page: the card is looked up again at each try
			browser.waiting().ignoring(StaleElementReferenceException.class)
				.until(ExpectedConditions.attributeToBe(By.cssSelector(".reminder[data-reminder='" + reminder + "']"), "data-status", "THANKED"));
			// the case file tells the next person who speaks to the customer that they were thanked, and why
			browser.open("/customers/" + fixture.customerId);
			assertThat(browser.driver().findElement(By.id("thanks")).getText()).contains("Nous a aidés").contains("remercié le")
				.contains("A recommandé <i>Fidèle Énergie</i> à sa voisine");
		}

		JsonNode evaluation = new ApiClient(port, advisor.token()).get("/api/quality/evaluations/mine").json().get(0);
		assertThat(evaluation.get("score").asDouble()).isEqualTo(75.0);
		assertThat(evaluation.get("contestReason").asString()).startsWith("J'ai reformulé");
		assertThat(evaluation.at("/answers/1/comment").asString()).isEqualTo("Reformule à moitié");
		JsonNode thanked = lead.get("/api/gratitude/customers/" + fixture.customerId).json().get(0);
		assertThat(thanked.get("status").asString()).isEqualTo("THANKED");
		assertThat(thanked.get("channel").asString()).isEqualTo("CARD");
		assertThat(thanked.get("thankedBy").asLong()).isEqualTo(advisor.id());
	}
}
