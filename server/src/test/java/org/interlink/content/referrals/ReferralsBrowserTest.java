package org.interlink.content.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Officers at a browser: a removal order is sent, counts down, is acknowledged and acted on; overdue ones are flagged. */
@IntegrationTest
class ReferralsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void removalOrderShowsItsDeadlineCountingDownAndItsHistoryAfterAcknowledgeAndAct() {
        signInAs("officer.fr");
        browser.findElement(By.linkText("Content")).click();
        browser.findElement(By.id("tab-referrals")).click();
        clickToNextPage(By.id("new-referral"));
        browser.findElement(By.id("kind-order")).click();
        browser.findElement(By.id("to-bureau")).click();
        new Select(browser.findElement(By.id("bureau"))).selectByValue("DE");
        browser.findElement(By.id("url")).sendKeys("https://video.example/v/browser-order");
        browser.findElement(By.id("grounds")).sendKeys("Incitement to commit a terrorist offence");
        browser.findElement(By.id("hashes")).sendKeys("md5:d41d8cd98f00b204e9800998ecf8427e");
        browser.findElement(By.id("labels")).sendKeys("incitement");
        pressToNextPage(By.id("create"));

        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches("RO-FR-\\d{6}");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Sent");
        assertThat(browser.findElement(By.id("deadline-utc")).getText()).endsWith("UTC");
        WebElement countdown = browser.findElement(By.id("countdown"));
        assertThat(countdown.getText()).matches("59 min \\d+ s left|1 h 0 min 0 s left");
        String first = countdown.getText();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("countdown")).getText().equals(first));
        assertThat(browser.findElement(By.cssSelector("#deadline time.local-time"))
                        .getText())
                .startsWith("(your time: ");
        assertThat(browser.findElements(By.id("acknowledge")))
                .as("the sender does not answer for DE")
                .isEmpty();
        Browser.screenshot(browser, "removal-order-sent");
        String path = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/content/"));

        ChromeDriver de = Browser.start();
        try {
            signIn(de, "officer.de", "demo");
            de.get(url(path));
            de.findElement(By.id("ack-note")).sendKeys("received by the duty officer");
            WebElement page = de.findElement(By.tagName("html"));
            de.findElement(By.id("acknowledge")).click();
            new WebDriverWait(de, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            assertThat(de.findElement(By.id("message")).getText()).isEqualTo("Receipt acknowledged.");
            de.findElement(By.id("act-note")).sendKeys("hosting provider removed it");
            page = de.findElement(By.tagName("html"));
            de.findElement(By.id("act")).click();
            new WebDriverWait(de, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            assertThat(de.findElement(By.id("status")).getText()).isEqualTo("Acted");
            List<String> steps = de.findElements(By.cssSelector("#history .history-step .step")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(steps).containsExactly("Created", "Sent", "Acknowledged", "Acted");
            assertThat(de.findElement(By.id("history")).getText())
                    .contains("officer.de (DE)", "hosting provider removed it");
            assertThat(de.findElement(By.id("deadline")).getText()).contains("Acted on.");
            Browser.screenshot(de, "removal-order-acted");
        } finally {
            de.quit();
        }
    }

    @Test
    void homePageFlagsAnOverdueOrderForTheBureausConcerned() {
        ApiClient.Reply created = api.postJson(
                "/api/v1/content/referrals?send=true",
                api.bearer("ncb-pt"),
                ReferralsApiIntegrationTest.order("{\"bureau\": \"IE\"}", null));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        jdbc.update(
                "UPDATE content_referrals SET sent_at = now() - interval '90 minutes', deadline = now() - interval"
                        + " '30 minutes' WHERE id = ?::uuid",
                created.json().get("id").asString());

        signInAs("officer.ie");
        WebElement tile = browser.findElement(By.cssSelector(".figure-flagged"));
        assertThat(tile.getText()).contains("Action needed", "Overdue removal orders");
        Browser.screenshot(browser, "home-overdue-order");
        clickToNextPage(By.cssSelector(".figure-flagged a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overdue removal orders");
        assertThat(browser.findElement(By.id("referrals")).getText()).contains(reference, "Overdue");
        clickToNextPage(By.linkText(reference));
        assertThat(browser.findElement(By.id("countdown")).getText()).startsWith("overdue by 30 min");
        assertThat(browser.findElement(By.id("overdue-badge")).getText()).isEqualTo("Overdue");
    }
}
