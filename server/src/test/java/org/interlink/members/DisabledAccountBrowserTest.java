package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator disables a person's account on the administration page: both browsers the person is signed in with
 * are sent to the sign-in page at their next request, the person cannot sign in again (answered like a wrong
 * password) until the account is enabled again, and each step is in the audit log with its reason.
 */
@IntegrationTest
class DisabledAccountBrowserTest extends BrowserTest {

    static final String USER = "disable.me";
    static final String PASSWORD = WebSignInIntegrationTest.PASSWORD;

    @Autowired
    Members members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void disablingSignsThePersonOutEverywhereAndEnablingLetsThemSignInAgain() {
        WebSignInIntegrationTest.newUser(members, USER);
        ChromeDriver second = Browser.start();
        ChromeDriver admin = Browser.start();
        try {
            signIn(browser, USER, PASSWORD);
            signIn(second, USER, PASSWORD);
            signIn(admin, "admin", "demo");

            changeAccount(admin, "disable", "left the bureau");
            assertThat(admin.findElement(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("User disable.me disabled.");
            Browser.screenshot(admin, "admin-disabled-account");

            for (ChromeDriver person : new ChromeDriver[] {browser, second}) {
                person.get(url("/records"));
                assertThat(person.getCurrentUrl()).endsWith("/login?ended");
                assertThat(person.findElement(By.id("session-ended")).getText()).contains("ended your session");
                person.get(url("/"));
                assertThat(person.getCurrentUrl()).as("the session is gone").endsWith("/login");
            }
            Browser.screenshot(browser, "session-ended");

            assertThat(trySignIn(browser, USER, PASSWORD))
                    .as("a disabled account is answered like a wrong password")
                    .endsWith("/login?error");

            changeAccount(admin, "enable", "back from leave");
            signIn(browser, USER, PASSWORD);
            assertThat(browser.findElement(By.id("actor")).getText()).isEqualTo(USER);
        } finally {
            second.quit();
            admin.quit();
        }

        assertThat(jdbc.queryForList(
                        "SELECT purpose FROM audit_log WHERE actor = 'admin' AND operation = 'PERMISSION_CHANGE'"
                                + " AND object_type = 'user' AND object_id = ? AND purpose LIKE 'account %' ORDER BY seq",
                        String.class, USER))
                .containsExactly("account disabled: left the bureau", "account enabled: back from leave");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SIGN_OUT'"
                                + " AND purpose = 'session ended: account disabled'",
                        Long.class,
                        USER))
                .as("one row for each session ended")
                .isEqualTo(2);
    }

    /** Types a reason in the person's row of the administration page and presses its button with the keyboard. */
    private void changeAccount(ChromeDriver admin, String change, String reason) {
        admin.get(url("/admin?bureau=FR"));
        admin.findElement(By.id("reason-" + USER)).sendKeys(reason);
        var page = admin.findElement(By.tagName("html"));
        admin.findElement(By.id(change + "-" + USER)).sendKeys(Keys.ENTER);
        new WebDriverWait(admin, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private String trySignIn(ChromeDriver driver, String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        var page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("code")).sendKeys(demoCodeFor(user), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        return driver.getCurrentUrl();
    }
}
