package org.interlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at a browser: signs in with the keyboard, sees the bureau's home page, signs out; a wrong password fails. */
@IntegrationTest
class SignInBrowserTest extends BrowserTest {

    @Test
    void officerSignsInWithTheKeyboardAndSeesTheBureauHomePage() {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.screenshot(browser, "sign-in");
        WebElement username = browser.findElement(By.id("username"));
        assertThat(browser.switchTo().activeElement())
                .as("the user name field has focus")
                .isEqualTo(username);
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("User name");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText())
                .isEqualTo("Password");
        assertThat(browser.findElement(By.cssSelector("label[for=code]")).getText())
                .isEqualTo("Code from your authenticator app");
        username.sendKeys("officer.fr", Keys.TAB);
        browser.switchTo().activeElement().sendKeys("demo", Keys.TAB);
        browser.switchTo().activeElement().sendKeys(demoCodeFor("officer.fr"), Keys.ENTER);

        assertThat(browser.findElement(By.id("bureau-title")).getText()).isEqualTo("NCB France");
        assertThat(browser.getTitle()).isEqualTo("Home · Interlink");
        assertThat(browser.findElement(By.id("actor")).getText()).isEqualTo("officer.fr");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ICAO document code FRA", "Restricted");
        assertThat(browser.findElements(By.cssSelector(".figure-value"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Records", "Notices", "Messages");
        assertThat(browser.findElements(By.linkText("Administration")))
                .as("officers do not administer")
                .isEmpty();
        Browser.screenshot(browser, "home-officer");

        browser.findElement(By.xpath("//button[text()='Sign out']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/login?signedOut"));
        browser.get(url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/login$"));
    }

    @Test
    void wrongPasswordDoesNotSignIn() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("officer.de");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        assertThat(browser.findElement(By.id("sign-in-error")).getText()).contains("Wrong user name or password");
        assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        Browser.screenshot(browser, "sign-in-failed");
        browser.get(url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/login$"));
    }

    @Test
    void auditorVerifiesTheChainFromTheAuditPage() {
        signInAs("auditor");
        browser.get(url("/audit"));
        browser.findElement(By.id("verify")).click();
        assertThat(browser.findElement(By.cssSelector("#verdict .alert")).getText())
                .contains("The chain is intact");
        Browser.screenshot(browser, "audit");
    }

    @Test
    void administratorSeesPeopleAndSystemsAndCreatesAClient() {
        signInAs("admin");
        browser.get(url("/admin?bureau=FR"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("officer.fr", "ncb-fr");
        browser.findElement(By.id("c-id")).sendKeys("browser-made");
        browser.findElement(By.id("c-role-OFFICER")).click();
        browser.findElement(By.id("c-id")).sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("client-secret")).getText()).hasSizeGreaterThan(20);
        Browser.screenshot(browser, "admin");
    }
}
