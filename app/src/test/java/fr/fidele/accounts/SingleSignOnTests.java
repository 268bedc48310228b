package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import fr.fidele.FideleTest;
import fr.fidele.support.Browser;
import fr.fidele.support.SwitchClient;
import fr.fidele.support.TestPeople;
import fr.fidele.support.idp.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider started by the test (Spring Authorization Server), in real
 * browsers: a person the provider vouches for signs in from the sign-in page's button and becomes an account at once,
 * with the role their group maps to and their language (the password form stays beside it); an administrator
 * creates a queue and gives them its skill on the administration pages; a call for that queue reaches their workspace.
 */
@FideleTest
class SingleSignOnTests {

	static final ConfigurableApplicationContext PROVIDER = TestIdentityProvider.start();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	TestPeople people;

	@DynamicPropertySource
	static void theProvider(DynamicPropertyRegistry properties) {
		String registration = "spring.security.oauth2.client.registration.sso.";
		properties.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
		properties.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		properties.add(registration + "scope", () -> "openid,profile");
		properties.add("spring.security.oauth2.client.provider.sso.issuer-uri",
				() -> "http://localhost:" + PROVIDER.getEnvironment().getProperty("local.server.port"));
		properties.add("fidele.sso.roles.SUPERVISOR", () -> "fidele-supervisors");
		properties.add("fidele.sso.label", () -> "Test IdP");
	}

	@AfterAll
	static void stopTheProvider() {
		PROVIDER.close();
	}

	@Test
	void aPersonSignedInThroughTheProviderIsGivenAQueueByAnAdministratorAndReceivesItsCall() throws Exception {
		try (Browser person = new Browser(port); Browser administrator = new Browser(port)) {
			signInThroughTheProvider(person);
			User account = users.findByUsername(TestIdentityProvider.PERSON).orElseThrow();
			assertThat(account.roles()).as("the provider's group, mapped").containsExactly(Role.SUPERVISOR);
			assertThat(account.language()).isEqualTo("en");
			assertThat(account.displayName()).isEqualTo("Nadia Benali");

			String queue = "SSO_" + Long.toString(System.nanoTime(), 36).toUpperCase();
			administrator.signIn(people.create(Role.ADMIN, "fr").username(), TestPeople.PASSWORD);
			administrator.open("/admin/queues");
			fill(administrator, Map.of("code", queue, "labelFr", "Litiges SSO", "labelEn", "SSO disputes", "skill", queue, "minLevel", "2",
					"why", "nouvelle file"));
			administrator.driver().findElement(By.id("save-queue")).click();
			administrator.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("queues"), queue));
			administrator.open("/admin/advisors/" + TestIdentityProvider.PERSON + "/routing");
			new Select(administrator.driver().findElement(By.id("level-" + queue))).selectByValue("3");
			if (!administrator.driver().findElement(By.id("lang-fr-box")).isSelected()) {
				administrator.driver().findElement(By.id("lang-fr-box")).click();
			}
			fill(administrator, Map.of("why", "formée aux litiges"));
			administrator.driver().findElement(By.id("save-routing")).click();
			administrator.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));

			person.driver().get("http://127.0.0.1:" + port + "/workspace");
			person.driver().findElement(By.id("presence-AVAILABLE")).click();
			person.waiting().ignoring(StaleElementReferenceException.class)
				.until(ExpectedConditions.attributeContains(By.id("presence-AVAILABLE"), "class", "btn-primary"));
			person.waiting().until(ExpectedConditions.attributeToBe(By.id("workspace"), "data-live", "true"));
			new SwitchClient(port, FideleTest.CTI_SECRET).offered("sso-" + queue, queue, "+33 6 55 44 33 22", Instant.now());

			String offer = person.waiting().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
				.until(driver -> driver.findElement(By.cssSelector("#offers .offer")).getText());
			assertThat(offer).contains(queue);
		}
	}

	private static void signInThroughTheProvider(Browser browser) {
		browser.driver().get("http://127.0.0.1:" + browser.port() + "/login");
		assertThat(browser.driver().findElement(By.id("password")).isDisplayed()).as("the password form stays").isTrue();
		browser.driver().findElement(By.id("sso")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		browser.driver().findElement(By.name("username")).sendKeys(TestIdentityProvider.PERSON);
		browser.driver().findElement(By.name("password")).sendKeys(TestIdentityProvider.PASSWORD);
		browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/customers"));
	}

	private static void fill(Browser browser, Map<String, String> fields) {
		fields.forEach((id, value) -> {
			var field = browser.driver().findElement(By.id(id));
			field.clear();
			field.sendKeys(value);
		});
	}
}
