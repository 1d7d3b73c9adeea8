package org.interlink;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test through a real headless Chromium against the running application: a fresh browser for every test, closed
 * after it, and the application's address. Subclasses are {@link IntegrationTest}s.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

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

    /** Signs in with the demo password and waits for the home page to name the user. */
    protected void signInAs(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor"), user));
    }

    /** The application's address for this path, e.g. {@code url("/login")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
