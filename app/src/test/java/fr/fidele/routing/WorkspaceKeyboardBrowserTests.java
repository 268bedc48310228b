package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.Browser;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import fr.fidele.FideleTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace in Chromium, as an advisor at work uses it: the live updates patch the page without taking the focus
 * or what is typed, notes survive the customer leaving and a reload, and a whole contact is handled with the keyboard
 * alone, from the offer to the wrap-up through a transfer.
 */
@FideleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceKeyboardBrowserTests {

	private static final String NOTES = "Client mécontent du délai de livraison, ";

	@LocalServerPort
	int port;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	Browser first;
	Browser second;
	ApiClient supervisor;

	@BeforeAll
	void twoBrowsers() throws Exception {
		first = new Browser(port);
		second = new Browser(port);
		supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
	}

	@AfterAll
	void closeThem() {
		for (Browser browser : List.of(first, second)) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	void notesBeingTypedKeepTheirTextAndFocusWhenTheCustomerLeavesAndSurviveAReload() {
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		WorkspaceBrowserTests.openWorkspace(first, advisor, "AVAILABLE");
		long item = chat(queue);
		WorkspaceBrowserTests.click(first, By.cssSelector("#offer-" + item + " .accept"));
		WebElement notes = first.waiting().until(ExpectedConditions.elementToBeClickable(By.id("notes-" + item)));
		notes.click();
		notes.sendKeys(NOTES);

		ApiClient.Response ended = advisor.api().post("/api/routing/items/" + item + "/end", "{\"endedBy\":\"CUSTOMER\"}");
		assertThat(ended.status()).as(ended.body()).isEqualTo(204);
		first.waiting().until(ExpectedConditions.attributeToBe(By.id("item-" + item), "data-state", "WRAP_UP"));

		assertThat(notes.getDomProperty("value")).as("the same field, not redrawn").isEqualTo(NOTES);
		assertThat(active(first).getDomAttribute("id")).isEqualTo("notes-" + item);
		assertThat(first.driver().findElements(By.cssSelector("#item-" + item + " form.transfer"))).as("no transfer once ended").isEmpty();
		first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcer"), "Clôture à faire"));
		new Actions(first.driver()).sendKeys("rappel demain").perform();
		first.waiting().until(ExpectedConditions.textToBe(By.id("draft-state-" + item), "Brouillon enregistré."));

		first.driver().navigate().refresh();
		assertThat(first.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notes-" + item))).getDomProperty("value"))
			.isEqualTo(NOTES + "rappel demain");
	}

	@Test
	void theFocusStaysOnAnOfferThroughLiveUpdates() {
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		WorkspaceBrowserTests.openWorkspace(first, advisor, "AVAILABLE");
		long item = chat(queue);
		WebElement accept = first.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#offer-" + item + " .accept")));
		((JavascriptExecutor) first.driver()).executeScript("arguments[0].focus()", accept);
		new Actions(first.driver()).sendKeys(Keys.TAB).perform();
		WebElement decline = active(first);
		assertThat(decline.getDomAttribute("class")).contains("decline");

		// two live updates: the offer's wait is rewritten each time
		String waited = first.driver().findElement(By.cssSelector("#offer-" + item + " .waited")).getText();
		first.waiting().until(driver -> !driver.findElement(By.cssSelector("#offer-" + item + " .waited")).getText().equals(waited));
		String later = first.driver().findElement(By.cssSelector("#offer-" + item + " .waited")).getText();
		first.waiting().until(driver -> !driver.findElement(By.cssSelector("#offer-" + item + " .waited")).getText().equals(later));

		assertThat(active(first)).as("the same button, still focused").isEqualTo(decline);
		new Actions(first.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(active(first)).isEqualTo(accept);
	}

	@Test
	void aContactIsHandledWithTheKeyboardAloneFromOfferToWrapUpThroughATransfer() {
		String queue = routing.queue(1, 60);
		Advisor taker = routing.advisor(port, Map.of(queue, 1));
		Advisor colleague = routing.advisor(port, Map.of(queue, 1));
		WorkspaceBrowserTests.openWorkspace(first, taker, "AVAILABLE");
		long item = chat(queue);
		first.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("offer-" + item)));
		WorkspaceBrowserTests.openWorkspace(second, colleague, "AVAILABLE");

		acceptWithTheShortcut(first);
		first.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-" + item)));
		tabTo(first, "transfer-advisor-" + item).sendKeys(colleague.username());
		new Actions(first.driver()).sendKeys(Keys.TAB).perform();
		assertThat(active(first).getDomAttribute("id")).isEqualTo("transfer-note-" + item);
		new Actions(first.driver()).sendKeys("Demande un geste commercial", Keys.TAB).perform();
		assertThat(active(first).getText()).isEqualTo("Transférer");
		new Actions(first.driver()).sendKeys(Keys.ENTER).perform();
		first.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("item-" + item)));

		second.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("offer-" + item)));
		acceptWithTheShortcut(second);
		second.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-" + item)));
		tabTo(second, "reason-" + item).sendKeys(Keys.ARROW_DOWN);
		new Actions(second.driver()).sendKeys(Keys.TAB).perform();
		assertThat(active(second).getDomAttribute("value")).as("the first outcome").isEqualTo("true");
		new Actions(second.driver()).sendKeys(Keys.SPACE, Keys.TAB).perform();
		assertThat(active(second).getDomAttribute("id")).isEqualTo("notes-" + item);
		new Actions(second.driver()).sendKeys("Geste accordé", Keys.TAB).perform();
		assertThat(active(second).getText()).isEqualTo("Clôturer");
		new Actions(second.driver()).sendKeys(Keys.ENTER).perform();
		second.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("item-" + item)));

		assertThat(routing.state(item)).isEqualTo("DONE");
	}

	@Test
	void theSingleKeyChosenInTheSettingAcceptsOnlyFromInsideTheWorkspaceAndOutsideControls() {
		String queue = routing.queue(1, 60);
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		WorkspaceBrowserTests.openWorkspace(first, advisor, "AVAILABLE");
		new Select(first.driver().findElement(By.id("accept-key"))).selectByValue("a");
		try {
			first.driver().navigate().refresh();
			assertThat(new Select(first.driver().findElement(By.id("accept-key"))).getFirstSelectedOption().getDomAttribute("value"))
				.as("kept by the browser").isEqualTo("a");
			long item = chat(queue);
			first.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("offer-" + item)));

			((JavascriptExecutor) first.driver()).executeScript("document.querySelector('#workspace .decline').focus()");
			new Actions(first.driver()).sendKeys("a").perform();
			acceptWithTheShortcut(first);
			assertThat(first.driver().findElements(By.id("item-" + item))).as("neither on a button nor with the other shortcut").isEmpty();

			((JavascriptExecutor) first.driver()).executeScript("document.getElementById('workspace').focus()");
			new Actions(first.driver()).sendKeys("a").perform();
			first.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-" + item)));
		}
		finally {
			new Select(first.driver().findElement(By.id("accept-key"))).selectByValue("alt-shift-a");
		}
	}

	private long chat(String queue) {
		return routing.chatFromANewCustomer(supervisor, queue);
	}

	private static void acceptWithTheShortcut(Browser browser) {
		new Actions(browser.driver()).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("a").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
	}

	/** Presses Tab from the top of the page until the field is focused: it is in the Tab order. */
	private static WebElement tabTo(Browser browser, String id) {
		for (int presses = 0; presses < 120; presses++) {
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
			if (id.equals(active(browser).getDomAttribute("id"))) {
				return active(browser);
			}
		}
		throw new AssertionError(id + " not reached with Tab");
	}

	private static WebElement active(Browser browser) {
		return browser.driver().switchTo().activeElement();
	}
}
