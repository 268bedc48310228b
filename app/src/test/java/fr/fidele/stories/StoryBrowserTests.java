package fr.fidele.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.Browser;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a visitor tells a story that reads like an advertisement on the public form; a moderator finds it held
 * with the filter's reasons, and refuses it.
 */
@FideleTest
class StoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aModeratorSeesADisguisedAdvertisementHeldWithItsReasons() throws Exception {
		String brand = "Glowskin " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser visitor = new Browser(port)) {
			visitor.open("/stories/new");
			visitor.driver().findElement(By.id("brand")).sendKeys(brand);
			visitor.driver().findElement(By.cssSelector("label[for=tone-GOOD]")).click();
			visitor.driver().findElement(By.id("title")).sendKeys("Ma peau a changé");
			visitor.driver().findElement(By.id("body")).sendKeys(
					"Une crème révolutionnaire, magique, incroyable : ma peau est parfaite en trois jours. Testez-la sur https://glowskin.shop");
			visitor.driver().findElement(By.id("authorName")).sendKeys("Inès");
			visitor.driver().findElement(By.cssSelector("form button[type=submit]")).click();
			visitor.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("private-link")));
		}
		TestPeople.Person moderator = people.create(Role.SUPERVISOR);
		try (Browser browser = new Browser(port)) {
			browser.signIn(moderator.username(), TestPeople.PASSWORD);
			browser.open("/stories/moderation");
			WebElement story = browser.driver().findElements(By.cssSelector("article.story")).stream()
				.filter(candidate -> candidate.getText().contains(brand)).findFirst().orElseThrow();
			assertThat(story.getAttribute("data-status")).isEqualTo("HELD");
			assertThat(story.findElement(By.cssSelector(".reasons")).getText()).contains("contient un lien", "superlatifs en série");
			String id = story.getAttribute("id");
			story.findElement(By.cssSelector("button[value=REJECTED]")).click();
			browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
		}
	}
}
