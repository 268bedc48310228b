package fr.fidele.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven by its ChromeDriver: a real browser for the UI tests. */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;
	private final WebDriverWait wait;
	private final int port;

	public Browser(int port) throws IOException {
		this(port, "fr-FR");
	}

	/** A browser whose user speaks {@code language} (a BCP 47 tag): its pages and its Accept-Language. */
	public Browser(int port, String language) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--lang=" + language, "--window-size=1400,1000",
				"--user-data-dir=" + Files.createTempDirectory("fidele-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.port = port;
	}

	/** The port of the Fidèle this browser opens pages of. */
	public int port() {
		return port;
	}

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	public void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/** Clicks the element once it is there: a live page (htmx) may replace it between its lookup and the click. */
	public void click(By locator) {
		wait.ignoring(StaleElementReferenceException.class).until(page -> {
			page.findElement(locator).click();
			return true;
		});
	}

	/** Signs in through the form, in French, and waits for the customers list. */
	public void signIn(String username, String password) {
		signIn(username, password, "/customers");
	}

	/** Fills and sends the sign-in form of the page shown, and waits for the customers list. */
	public void submitSignIn(String username, String password) {
		submitSignIn(username, password, "/customers");
	}

	/** Signs in through the form, in French, and waits for the page a person's work starts on ({@code landing}). */
	public void signIn(String username, String password, String landing) {
		// away from the page first: a live page's last request must not set a new session between the form and its answer
		driver.get("about:blank");
		driver.manage().deleteAllCookies();
		open("/login?lang=fr");
		submitSignIn(username, password, landing);
	}

	private void submitSignIn(String username, String password, String landing) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains(landing));
	}

	/** Signs in, opens the workspace, sets the presence and waits for the live updates. */
	public void openWorkspace(String username, String password, String presence) {
		signIn(username, password);
		open("/workspace");
		driver.findElement(By.id("presence-" + presence)).click();
		// the form's answer reloads the page: the button looked at may be replaced between its lookup and its read, which
		// Chromium reports as a stale element or, read at the wrong moment, as a node that "does not belong to the
		// document"; each look finds the button again
		new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.attributeContains(By.id("presence-" + presence), "class", "btn-primary"));
		wait.until(ExpectedConditions.attributeToBe(By.id("workspace"), "data-live", "true"));
	}

	@Override
	public void close() {
		driver.quit();
	}
}
