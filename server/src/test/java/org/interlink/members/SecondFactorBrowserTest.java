package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new person sets up the app at the first sign-in; an administrator resets it; the person sets it up again. A person
 * registers a passkey (Chromium's virtual authenticator) and signs in with it in place of a code.
 */
@IntegrationTest
class SecondFactorBrowserTest extends BrowserTest {

    @Autowired
    Members members;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPersonRegistersAPasskeyAndSignsInWithItInPlaceOfACode() {
        String user = "browser.passkey";
        WebSignInIntegrationTest.newUser(members, user);
        org.openqa.selenium.virtualauthenticator.VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(
                new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
                        .setProtocol(
                                org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(
                                org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true));
        signInAs(user, WebSignInIntegrationTest.PASSWORD);
        browser.get(url("/mfa/passkeys"));
        browser.findElement(By.id("add-passkey")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-added")));
        assertThat(browser.findElement(By.id("passkey-count")).getText()).isEqualTo("You have 1 passkey.");
        assertThat(authenticator.getCredentials()).hasSize(1);
        Browser.screenshot(browser, "mfa-passkeys");

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(WebSignInIntegrationTest.PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/mfa/passkey"));
        browser.get(url("/records"));
        assertThat(browser.getCurrentUrl()).as("nothing else opens").endsWith("/mfa/passkey");
        browser.findElement(By.id("use-passkey")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor"), user));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SIGN_IN'"
                                + " AND object_type = 'passkey'",
                        Long.class,
                        user))
                .isEqualTo(1);
    }

    @Test
    void aNewPersonEnrolsAndAfterAnAdministratorsResetEnrolsAgain() {
        String user = "browser.enrol";
        WebSignInIntegrationTest.newUser(members, user);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(WebSignInIntegrationTest.PASSWORD, Keys.ENTER);
        assertThat(browser.findElement(By.id("enrol-user")).getText()).isEqualTo(user);
        assertThat(browser.switchTo().activeElement())
                .as("the code field has focus")
                .isEqualTo(browser.findElement(By.id("code")));
        assertThat(browser.findElement(By.id("totp-uri")).getText()).startsWith("otpauth://totp/Interlink%3A" + user);
        Browser.screenshot(browser, "mfa-enrol");
        browser.get(url("/records"));
        assertThat(browser.getCurrentUrl()).as("nothing else opens").endsWith("/mfa/enrol");

        String secret = browser.findElement(By.id("totp-secret")).getText().replace(" ", "");
        browser.findElement(By.id("code")).sendKeys(TotpCodes.now(secret), Keys.ENTER);
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        Browser.screenshot(browser, "mfa-recovery-codes");
        pressToNextPage(By.id("continue"));
        assertThat(browser.findElement(By.id("actor")).getText()).isEqualTo(user);

        browser.manage().deleteAllCookies();
        signInAs("admin");
        browser.get(url("/admin?bureau=FR"));
        browser.findElement(By.id("reset-reason-" + user)).sendKeys("phone lost");
        pressToNextPage(By.id("reset-" + user));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("The second factor of " + user + " is reset");

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(WebSignInIntegrationTest.PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/mfa/enrol"));
        assertThat(browser.findElement(By.id("totp-secret")).getText().replace(" ", ""))
                .as("a new secret")
                .isNotEqualTo(secret);
    }
}
