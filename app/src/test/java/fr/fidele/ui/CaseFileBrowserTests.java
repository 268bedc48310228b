package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.support.Browser;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real headless Chromium: each role signs in; an advisor searches a customer, opens the case
 * file, switches the language, and a note holding a script shows as text and never runs.
 */
@FideleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileBrowserTests {

	private static final String SCRIPT_NOTE = "<script>alert('piégé')</script> Rappeler avant midi";

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	CustomerManagement customers;

	private Browser chromium;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeAll
	void startChromium() throws Exception {
		chromium = new Browser(port);
		browser = chromium.driver();
		wait = chromium.waiting();
	}

	@AfterAll
	void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	private void signIn(String username) {
		chromium.signIn(username, TestPeople.PASSWORD);
	}

	@Test
	void everyRoleSignsInAndOnlyAdministratorsSeeImports() {
		for (Role role : Role.values()) {
			boolean shopper = role == Role.SHOPPER;
			chromium.signIn(people.create(role).username(), TestPeople.PASSWORD, shopper ? "/mystery/mine" : "/customers");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(shopper ? "Mes visites" : "Clients");
			boolean importsLink = !browser.findElements(By.linkText("Imports")).isEmpty();
			assertThat(importsLink).as(role.name()).isEqualTo(role == Role.ADMIN);
			// an outside mystery shopper is not shown the customers at all
			assertThat(browser.findElements(By.linkText("Clients"))).as(role.name()).hasSize(shopper ? 0 : 1);
		}
	}

	@Test
	void anAdvisorFindsACustomerReadsTheCaseFileInBothLanguagesAndScriptsStayText() {
		String reference = "NAV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Customer customer = customers.register(new NewCustomer(reference, "Gaëlle Tremblay", "fr", Segment.PREMIUM,
				Expertise.NOVICE, new java.math.BigDecimal("59.90"), LocalDate.parse("2023-02-01"), Consent.NONE, SCRIPT_NOTE,
				List.of()), "browser test");
		signIn(people.create(Role.ADVISOR).username());

		browser.findElement(By.id("q")).sendKeys("Tremblay");
		browser.findElement(By.id("search")).click();
		chromium.click(By.linkText(reference));

		wait.until(ExpectedConditions.textToBe(By.id("customer-name"), "Gaëlle Tremblay"));
		assertThat(browser.findElement(By.id("customer-notes")).getText()).isEqualTo(SCRIPT_NOTE);
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(browser.getPageSource()).contains("Historique des contacts et des événements");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Souscription");

		browser.findElement(By.id("lang-en")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Contacts and events"));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Subscribed");
		assertThat(browser.findElement(By.id("customer-notes")).getText()).isEqualTo(SCRIPT_NOTE);
		assertThat(browser.getCurrentUrl()).contains("/customers/" + customer.id());

		browser.findElement(By.id("lang-fr")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Historique des contacts"));
	}
}
