package org.interlink;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.interlink.members.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test through a real headless Chromium against the running application: a fresh browser for every test, closed
 * after it, and the application's address. Subclasses are {@link IntegrationTest}s.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    /** The secrets of the people tests enrolled, by user name (the demo users keep the demo secret). */
    private static final Map<String, String> ENROLLED = new ConcurrentHashMap<>();

    @Autowired
    private JdbcTemplate signInRows;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Clicks the element that loads a new page (a form's button, a link) and waits until the current page is gone. A
     * plain click returns as soon as the browser took it, so reading an element that both pages have (a message, a
     * status) could still read the old page, or fail when the new one replaces it mid-read.
     */
    protected void clickToNextPage(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /**
     * Activates a button or link by the keyboard (no mouse, wherever it scrolled to, even under a sticky element) and
     * waits until the page it opens replaced this one.
     */
    protected void pressToNextPage(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Signs in with the demo password and the demo TOTP code, and waits for the home page to name the user. */
    protected void signInAs(String user) {
        signInAs(user, "demo");
    }

    /**
     * Signs in as a person does: user name, password and the code of the person's TOTP secret (the demo secret unless
     * a test enrolled them). A person without a second factor (created by the test) is taken to the enrolment page; this
     * reads the secret shown there, confirms its code as an app would, remembers the secret for later sign-ins, and
     * continues past the recovery codes. Waits for the page to name the user.
     */
    protected void signInAs(String user, String password) {
        signIn(browser, user, password);
    }

    /** {@link #signInAs(String, String)} in another browser (a second session of the same person, an administrator). */
    protected void signIn(ChromeDriver driver, String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("code")).sendKeys(codeFor(user), Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("actor")),
                ExpectedConditions.presenceOfElementLocated(By.id("totp-secret")),
                ExpectedConditions.presenceOfElementLocated(By.id("sign-in-error"))));
        if (!driver.findElements(By.id("totp-secret")).isEmpty()) {
            String secret = driver.findElement(By.id("totp-secret")).getText();
            ENROLLED.put(user, secret);
            driver.findElement(By.id("code")).sendKeys(TotpCodes.now(secret), Keys.ENTER);
            WebElement page = driver.findElement(By.tagName("html"));
            driver.findElement(By.id("continue")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.stalenessOf(page));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor"), user));
    }

    /**
     * The code this person's app shows now (the demo secret's, or the one a test enrolled), usable even if they signed
     * in during the last 30 seconds (see {@link TotpCodes#allowAnotherSignIn}).
     */
    protected String demoCodeFor(String user) {
        return codeFor(user);
    }

    private String codeFor(String user) {
        TotpCodes.allowAnotherSignIn(signInRows, user);
        return TotpCodes.now(ENROLLED.getOrDefault(user, TotpCodes.DEMO_SEED));
    }

    /** The application's address for this path, e.g. {@code url("/login")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
