package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer of France writes a cyber report for Germany and Italy at a browser, choosing its objects by search with
 * the keyboard; Italy reads it without the object only Germany may see, the United States does not find it; a notice
 * links to it, and a message linking to it shows the link to Germany only.
 */
@IntegrationTest
class CyberReportPagesBrowserTest extends BrowserTest {

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void franceWritesAReportThatItalyReadsWithoutWhatOnlyGermanyMaySee() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String open = Stix.id("indicator");
        String forGermany = Stix.id("indicator");
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(
                                        Stix.indicator(
                                                open,
                                                "[domain-name:value = '" + Stix.domain() + "']",
                                                "2026-01-01T00:00:00.000Z",
                                                ",\"name\":\"Phish kit " + tag + " landing\""),
                                        Stix.indicator(
                                                forGermany,
                                                "[domain-name:value = '" + Stix.domain() + "']",
                                                "2026-01-01T00:00:00.000Z",
                                                ",\"name\":\"Phish kit " + tag + " panel\""
                                                        + Stix.markings(Stix.TLP2_RED) + Stix.only("DE"))))
                        .status())
                .isEqualTo(201);
        String title = "Phishing wave " + tag;

        signInAs("officer.fr");
        browser.get(url("/cyber/reports/new"));
        assertThat(browser.getTitle()).isEqualTo("New cyber report · Interlink");
        browser.findElement(By.id("report-title")).sendKeys(title);
        browser.findElement(By.id("report-description")).sendKeys("A kit aimed at banks.");
        browser.findElement(By.id("object-search")).sendKeys("kit " + tag);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#found-objects .add-object"), 2));
        browser.findElements(By.cssSelector("#found-objects .add-object")).forEach(add -> add.sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chosen input[name=objectRefs]"), 2));
        new Select(browser.findElement(By.id("report-audience"))).selectByValue("ONLY");
        browser.findElement(By.id("report-countries")).sendKeys("DE, IT");
        new Select(browser.findElement(By.id("report-tlp"))).selectByValue("GREEN");
        Browser.screenshot(browser, "cyber-report-form");
        pressToNextPage(By.id("publish-report"));

        assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector("#report-objects tbody tr")))
                .hasSize(2);
        String id = browser.findElement(By.cssSelector("#report-facts code")).getText();
        assertThat(id).startsWith("report--");
        Browser.screenshot(browser, "cyber-report");

        browser.get(url("/notices/new"));
        browser.findElement(By.id("name")).sendKeys("Ivan KIT" + tag.toUpperCase());
        browser.findElement(By.id("dateOfBirth")).sendKeys("1971-03-02");
        browser.findElement(By.id("nationalities")).sendKeys("RU");
        browser.findElement(By.id("summary")).sendKeys("Phishing fraud against banks in Lyon in 2025");
        browser.findElement(By.id("legalProvision")).sendKeys("Art. 313-1 Code pénal");
        browser.findElement(By.id("maxPenaltyMonths")).sendKeys("120");
        browser.findElement(By.id("warrantReference")).sendKeys("MA-2025-0042");
        browser.findElement(By.id("warrantIssuedOn")).sendKeys("2025-06-01");
        browser.findElement(By.id("warrantAuthority")).sendKeys("Juge d'instruction, Lyon");
        browser.findElement(By.id("cyberReport")).sendKeys(id);
        browser.findElement(By.id("request-form")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        String noticePage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector("#cyber-report a")).getText())
                .as("the notice page links the report its reader may see")
                .isEqualTo(title);
        browser.get(noticePage + "/edit");
        assertThat(browser.findElement(By.id("cyberReport")).getAttribute("value"))
                .as("the draft's form shows the report it links")
                .isEqualTo(id);

        ChromeDriver italy = Browser.start();
        try {
            signIn(italy, "officer.it", "demo");
            italy.get(url("/cyber/reports"));
            assertThat(italy.findElement(By.id("reports")).getText()).contains(title);
            italy.findElement(By.linkText(title)).sendKeys(Keys.ENTER);
            new WebDriverWait(italy, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("report-objects")));
            assertThat(italy.findElements(By.cssSelector("#report-objects tbody tr")))
                    .as("Italy may not see the indicator only Germany may see")
                    .hasSize(1);
            assertThat(italy.getPageSource()).contains(open).doesNotContain(forGermany);
        } finally {
            italy.quit();
        }

        ChromeDriver us = Browser.start();
        try {
            signIn(us, "officer.us", "demo");
            us.get(url("/cyber/reports"));
            assertThat(us.getPageSource()).doesNotContain(title);
            us.get(url("/cyber/reports/" + id));
            assertThat(us.getPageSource()).doesNotContain(title);
        } finally {
            us.quit();
        }

        ApiClient.Reply sent = api.postJson(
                "/api/v1/messages",
                api.bearer("ncb-fr"),
                "{\"to\": [\"DE\", \"US\"], \"subject\": \"Kit landing pages " + tag
                        + "\", \"body\": \"See the report.\","
                        + " \"references\": [{\"type\": \"CYBER_REPORT\", \"id\": \"" + id + "\"}]}");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String message = sent.json().get("id").asString();
        ChromeDriver germany = Browser.start();
        try {
            signIn(germany, "officer.de", "demo");
            germany.get(url("/messages/" + message));
            assertThat(germany.findElement(By.cssSelector("a.cyber-report-link"))
                            .getText())
                    .isEqualTo(title);
            germany.findElement(By.cssSelector("a.cyber-report-link")).sendKeys(Keys.ENTER);
            new WebDriverWait(germany, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("report-objects")));
            assertThat(germany.findElements(By.cssSelector("#report-objects tbody tr")))
                    .hasSize(2);
        } finally {
            germany.quit();
        }
        ChromeDriver unitedStates = Browser.start();
        try {
            signIn(unitedStates, "officer.us", "demo");
            unitedStates.get(url("/messages/" + message));
            assertThat(unitedStates.findElement(By.id("body")).getText()).isEqualTo("See the report.");
            assertThat(unitedStates.findElements(By.cssSelector("a.cyber-report-link")))
                    .isEmpty();
            assertThat(unitedStates.getPageSource()).doesNotContain(id).doesNotContain(title);
        } finally {
            unitedStates.quit();
        }
    }
}
