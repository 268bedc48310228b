package fr.fidele.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.NewContact;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.support.Browser;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a supervisor opens a theme from the voice page, reads its quotes (a customer's markup shown as text),
 * and follows one to its customer's case file.
 */
@FideleTest
class VoiceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	VerbatimIntake intake;

	@Test
	void aSupervisorOpensAThemeReadsItsQuotesAndFollowsOneToItsCaseFile() throws Exception {
		String reference = "VB-" + UUID.randomUUID().toString().substring(0, 8);
		Customer customer = customers.register(new NewCustomer(reference, "Solène Fabre", "fr", Segment.RESIDENTIAL, Expertise.NOVICE,
				new BigDecimal("25"), LocalDate.parse("2023-05-02"), Consent.NONE, null, List.of()), "browser test");
		Instant at = Instant.now().minusSeconds(900);
		String note = "Cliente transférée trois fois <b>avant</b> d’avoir une réponse " + reference;
		contacts.record(new NewContact(customer.id(), null, null, Channel.PHONE, Direction.INBOUND, "COMPLAINT", null, at, null,
				at.plusSeconds(30), at.plusSeconds(400), null, true, false, true, note, null, List.of()), "browser test");
		intake.readNew();

		TestPeople.Person supervisor = people.create(Role.SUPERVISOR);
		try (Browser browser = new Browser(port)) {
			browser.signIn(supervisor.username(), TestPeople.PASSWORD);
			browser.open("/voice");
			browser.driver().findElement(By.cssSelector("#themes tr[data-theme=TRANSFERRED] a")).click();
			browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Transferts"));
			WebElement quote = browser.driver().findElements(By.cssSelector("li.quote")).stream()
				.filter(item -> item.getText().contains(reference)).findFirst().orElseThrow();
			assertThat(quote.findElement(By.tagName("blockquote")).getText()).as("the customer's markup shown as text").isEqualTo(note);
			quote.findElement(By.linkText("dossier client")).click();
			browser.waiting().until(ExpectedConditions.urlContains("/customers/" + customer.id()));
			assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Solène Fabre");
		}
	}
}
