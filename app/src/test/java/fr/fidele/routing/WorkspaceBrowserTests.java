package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.Browser;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two advisors in two browsers: a call announced by the switch is offered live to the one who has the skill, the
 * transfer note and the verified identity reach the second, and a caller who asked for a callback keeps their place
 * while the supervisor's wall follows the queue live.
 */
@FideleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserTests {

	static final String NOTE = "<script>alert('x')</script> Box en panne depuis lundi, identité vérifiée";

	@LocalServerPort
	int port;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	Browser first;
	Browser second;

	@BeforeAll
	void twoBrowsers() throws Exception {
		first = new Browser(port);
		second = new Browser(port);
	}

	@AfterAll
	void closeThem() {
		for (Browser browser : List.of(first, second)) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	static void openWorkspace(Browser browser, Advisor advisor, String presence) {
		browser.openWorkspace(advisor.username(), TestPeople.PASSWORD, presence);
	}

	static final By OFFER = By.cssSelector("#offers .offer");

	/** The text of an element once there; the live parts of the page are redrawn at any moment, so it is looked up again. */
	static String text(Browser browser, By element) {
		return browser.waiting().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
			.until(driver -> driver.findElement(element).getText());
	}

	static void click(Browser browser, By element) {
		browser.waiting().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
			.until(driver -> {
				driver.findElement(element).click();
				return true;
			});
	}

	@Test
	void aCallReachesTheSkilledAdvisorAndTheTransferCarriesItsNoteToTheSecond() {
		String queue = routing.queue(2, 60);
		Advisor skilled = routing.advisor(port, Map.of(queue, 3));
		Advisor colleague = routing.advisor(port, Map.of(queue, 1));
		openWorkspace(first, skilled, "AVAILABLE");
		openWorkspace(second, colleague, "AVAILABLE");
		SwitchClient phone = new SwitchClient(port, FideleTest.CTI_SECRET);
		phone.offered(UUID.randomUUID().toString(), queue, "+33 6 11 22 33 44", Instant.now());

		assertThat(text(first, OFFER)).contains("Téléphone").contains(queue);
		assertThat(first.driver().getTitle()).startsWith("(1) ");
		assertThat(second.driver().findElements(By.cssSelector("#offers .offer"))).as("below the queue's level").isEmpty();

		// the default shortcut needs its modifiers: a single key would fire from anywhere (WCAG 2.1.4)
		new Actions(first.driver()).sendKeys(first.driver().findElement(By.tagName("body")), "a").perform();
		assertThat(first.driver().findElements(By.cssSelector("#current .current-item"))).as("a alone accepts nothing").isEmpty();
		new Actions(first.driver()).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("a").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
		first.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current .current-item")));
		first.driver().findElement(By.cssSelector("#current .verify")).click();
		first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#current .identity"), "Identité vérifiée"));
		WebElement transfer = first.driver().findElement(By.cssSelector("#current form.transfer"));
		transfer.findElement(By.name("advisor")).sendKeys(colleague.username());
		transfer.findElement(By.name("note")).sendKeys(NOTE);
		transfer.findElement(By.cssSelector("button[type=submit]")).click();
		first.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#current .current-item")));

		assertThat(text(second, By.cssSelector("#offers .offer .transfer-note"))).isEqualTo(NOTE);
		click(second, By.cssSelector("#offers .offer .accept"));
		WebElement current = second.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current .current-item")));
		assertThat(current.findElement(By.cssSelector(".alert.transfer-note")).getText()).contains(NOTE);
		assertThat(current.findElement(By.cssSelector(".identity")).getText()).contains("Identité vérifiée par Test ADVISOR");
		assertThat(second.driver().findElements(By.tagName("script")).stream().noneMatch(s -> s.getDomAttribute("src") == null))
			.as("the note's script stays text").isTrue();

		new Select(current.findElement(By.name("reasonCode"))).selectByValue("BILLING");
		current.findElement(By.cssSelector("input[name=resolved][value=true]")).click();
		current.findElement(By.name("notes")).sendKeys("Remplacement de la box", Keys.TAB);
		current.findElement(By.cssSelector("form.wrap-up button[type=submit]")).click();
		second.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#current .current-item")));
	}

	@Test
	void aCallerWhoAskedForACallbackKeepsTheirPlace() {
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		openWorkspace(first, advisor, "AWAY");
		SwitchClient phone = new SwitchClient(port, FideleTest.CTI_SECRET);
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		String early = UUID.randomUUID().toString();
		phone.offered(early, queue, "+33 6 55 44 33 22", t0);
		phone.offered(UUID.randomUUID().toString(), queue, "+33 6 99 88 77 66", t0.plusSeconds(20));
		phone.callbackRequested(early, "+33655443322", t0.plusSeconds(30));

		second.signIn(people.create(Role.SUPERVISOR).username(), TestPeople.PASSWORD);
		second.open("/supervision");
		By waiting = By.cssSelector("#queue-" + queue + " .waiting");
		// the wall's figures are at most a second old: it shows both callers at its next tick
		second.waiting().until(ExpectedConditions.textToBe(waiting, "2"));

		first.driver().findElement(By.id("presence-AVAILABLE")).click();
		assertThat(text(first, OFFER)).contains("Rappel");
		click(first, By.cssSelector("#offers .offer .accept"));
		WebElement current = first.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current .current-item")));
		assertThat(current.getText()).contains("rappeler au +33655443322");
		// the supervisor's wall follows without reloading: one caller left waiting
		second.waiting().until(ExpectedConditions.textToBe(waiting, "1"));
		first.driver().findElement(By.id("presence-OFFLINE")).click();
	}
}
