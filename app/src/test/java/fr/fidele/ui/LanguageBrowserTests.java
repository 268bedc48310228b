package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.Browser;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the sign-in page speaks the browser's language, the pages after sign-in the user's own, and the
 * Français/English switch overrides it for the session.
 */
@FideleTest
class LanguageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void anEnglishSpeakingAdvisorInAFrenchBrowserGetsEnglishPagesUntilSheSwitches() throws Exception {
		String emma = people.create(Role.ADVISOR, "en").username();
		try (Browser browser = new Browser(port, "fr-FR")) {
			browser.open("/login");
			assertThat(label(browser)).isEqualTo("Identifiant");

			browser.submitSignIn(emma, TestPeople.PASSWORD);
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.driver().findElement(By.cssSelector("nav")).getText()).contains("Customers");

			browser.driver().findElement(By.id("lang-fr")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav"), "Clients"));
			browser.open("/customers");
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		}
	}

	@Test
	void theSignInPageFollowsAnEnglishBrowserAndAFrenchUserGetsFrench() throws Exception {
		String camille = people.create(Role.ADVISOR, "fr").username();
		try (Browser browser = new Browser(port, "en-US")) {
			browser.open("/login");
			assertThat(label(browser)).isEqualTo("User name");

			browser.submitSignIn(camille, TestPeople.PASSWORD);
			assertThat(browser.driver().findElement(By.cssSelector("nav")).getText()).contains("Clients");
		}
	}

	private static String label(Browser browser) {
		return browser.driver().findElement(By.cssSelector("label[for=username]")).getText();
	}
}
