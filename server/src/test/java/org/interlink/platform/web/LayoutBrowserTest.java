package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages on a phone (the menu collapses, the lists fit) and on paper (no navigation, the restriction on each page). */
@IntegrationTest
class LayoutBrowserTest extends BrowserTest {

    @Test
    void atPhoneWidthTheMenuCollapsesAndOpensAndTheMainListsDoNotScrollSideways() {
        signInAs("officer.fr");
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("nav-toggler")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("main-nav")).isDisplayed()).isFalse();
        By records = By.cssSelector("#main-nav a[href$='/records']");
        assertThat(browser.findElement(records).isDisplayed()).isFalse();

        browser.findElement(By.id("nav-toggler")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(records));
        assertThat(browser.findElement(By.id("nav-toggler")).getAttribute("aria-expanded"))
                .isEqualTo("true");
        Browser.screenshot(browser, "layout-phone-menu");

        for (String list : new String[] {"/records", "/records?kind=documents", "/hits", "/notices", "/messages"}) {
            browser.get(url(list));
            Object sideways = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(sideways)
                    .as(list + " scrolls sideways at 375 px; past the page's right edge: " + pastTheEdge(browser))
                    .isEqualTo(false);
        }
        browser.get(url("/records"));
        Browser.screenshot(browser, "layout-phone-records");
    }

    @Test
    void aPrintedRecordHasNoNavigationNorButtonsAndCarriesItsRestrictionAtTopAndBottom() {
        signInAs("officer.fr");
        browser.get(url("/records/persons/new"));
        browser.findElement(By.id("f-primaryName")).sendKeys("Paulette IMPRIMEE");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-audience"))).selectByValue("ONLY");
        browser.findElement(By.id("f-countries")).sendKeys("DE");
        pressToNextPage(By.id("save"));
        assertThat(browser.findElement(By.id("record-title")).getText()).isEqualTo("Paulette IMPRIMEE");
        assertThat(browser.findElement(By.cssSelector(".print-banner-top")).isDisplayed())
                .isFalse();

        assertPrintedWithBanner("OFFICIAL", "ONLY DE");
        assertThat(browser.findElement(By.id("edit")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "layout-print-record");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(browser.findElement(By.cssSelector("nav.navbar")).isDisplayed())
                .isTrue();

        // A message prints the same way, with its own restriction.
        ApiClient api = new ApiClient(port);
        ApiClient.Reply sent = api.postJson("/api/v1/messages", api.bearer("ncb-fr"), """
                {"to": ["DE"], "subject": "Printed message", "body": "Please confirm.",
                 "access": {"classification": "RESTRICTED", "audience": "ONLY", "countries": ["DE"]}}""");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        browser.get(url("/messages/" + sent.json().get("id").asString()));
        assertPrintedWithBanner("RESTRICTED", "ONLY DE");

        // And a notice request.
        ApiClient.Response requested = api.post("/api/v1/notices", api.bearer("ncb-fr"), "application/json", """
                {"type": "RED",
                 "subject": {"names": [{"value": "Paulin IMPRIME", "type": "PRIMARY"}], "sex": "M",
                             "dateOfBirth": "1971-03-02", "nationalities": ["RU"]},
                 "offence": {"summary": "Armed robbery of a jewellery shop in Lyon on 3 May 2025",
                             "legalProvision": "Art. 311-9 Code pénal", "maxPenaltyMonths": 240},
                 "warrant": {"reference": "MA-2025-0042", "issuedOn": "2025-06-01", "authority": "Juge, Lyon"},
                 "access": {"classification": "RESTRICTED", "audience": "EXCEPT", "countries": ["US"]},
                 "publicExtract": false}""");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        browser.get(url("/notices/" + requested.json().get("id").asString()));
        assertPrintedWithBanner("RESTRICTED", "EXCEPT US");
    }

    /** In print media the page has no navigation, and its banner, fixed at the top and bottom, says these words. */
    private void assertPrintedWithBanner(String... words) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("nav.navbar")).isDisplayed())
                .isFalse();
        for (String banner : new String[] {".print-banner-top", ".print-banner-bottom"}) {
            assertThat(browser.findElement(By.cssSelector(banner)).isDisplayed())
                    .isTrue();
            assertThat(browser.findElement(By.cssSelector(banner)).getText()).contains(words);
            assertThat(browser.executeScript(
                            "return getComputedStyle(document.querySelector(arguments[0])).position;", banner))
                    .isEqualTo("fixed");
        }
    }

    /**
     * The innermost elements that reach past the page's right edge outside any scrolling box, to name the one that
     * makes a page scroll sideways.
     */
    private static Object pastTheEdge(org.openqa.selenium.JavascriptExecutor browser) {
        return browser.executeScript("""
                const width = document.documentElement.clientWidth;
                const clipped = e => {
                    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (getComputedStyle(p).overflowX !== 'visible') return true;
                    }
                    return false;
                };
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && !clipped(e)
                        && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                        + ' "' + (e.textContent || '').trim().slice(0, 60) + '" right='
                        + Math.round(e.getBoundingClientRect().right))
                    .join('; ');
                """);
    }
}
