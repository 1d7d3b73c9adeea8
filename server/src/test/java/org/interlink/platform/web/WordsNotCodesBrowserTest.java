package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlink.ApiClient;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The main pages speak words: categories, statuses, classifications and audiences by their labels, countries by name
 * beside their code, times in ISO 8601 with their zone, and a country picker where a form asks for a country.
 */
@IntegrationTest
class WordsNotCodesBrowserTest extends BrowserTest {

    /** Codes that must never reach a page as they are. */
    private static final List<String> CODES =
            List.of("FOREIGN_TERRORIST_FIGHTER", "ONLY", "EXCEPT", "RESTRICTED", "OFFICIAL", "OFFICER", "PRIMARY");

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC";

    @Test
    void mainPagesShowLabelsCountryNamesAndZonedTimes() {
        ApiClient api = new ApiClient(port);
        String name = "Karim WORDSWORTH" + (System.nanoTime() % 100000);
        ApiClient.Response created = api.post(
                "/api/v1/persons",
                api.bearer("ncb-fr"),
                "application/json",
                "{\"names\": [{\"value\": \"" + name + "\", \"type\": \"PRIMARY\"}], \"nationalities\": [\"DZ\"],"
                        + " \"categories\": [\"FOREIGN_TERRORIST_FIGHTER\"],"
                        + " \"access\": {\"classification\": \"RESTRICTED\", \"audience\": \"ONLY\", \"countries\": [\"DE\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        signInAs("officer.fr");

        String home = main("/");
        assertThat(home).contains("Officer", "Restricted");
        assertNoCodes(home);

        browser.get(url("/records?kind=persons&q=" + name.replace(" ", "+")));
        String search = main();
        assertThat(search)
                .contains(name, "FR — France", "Restricted", "Only DE — Germany")
                .containsPattern(TIME);
        assertNoCodes(search);
        assertThat(browser.findElements(By.cssSelector("#category option")))
                .extracting(WebElement::getText)
                .contains("Foreign terrorist fighter");
        assertThat(browser.findElement(By.id("country")).getAttribute("list")).isEqualTo("country-names");
        assertThat(browser.findElements(By.cssSelector("#country-names option[value=DZ]")))
                .extracting(o -> o.getAttribute("label").isEmpty() ? o.getText() : o.getAttribute("label"))
                .containsExactly("Algeria");

        String record = main("/records/persons/" + id);
        assertThat(record)
                .contains(
                        "Foreign terrorist fighter", "DZ — Algeria", "FR — France", "Only DE — Germany", "Primary name")
                .containsPattern(TIME);
        assertNoCodes(record);

        // A form that asks for a country offers the countries by name.
        browser.get(url("/records/vehicles/new"));
        assertThat(browser.findElement(By.id("f-registrationCountry")).getAttribute("list"))
                .isEqualTo("country-names");
        assertThat(browser.findElements(By.cssSelector("#f-status option")))
                .extracting(WebElement::getText)
                .contains("Stolen");

        // A list of countries is filled by name, one after the other.
        browser.get(url("/records/persons/new"));
        new Select(browser.findElement(By.id("f-nationalities-picker"))).selectByVisibleText("Algeria (DZ)");
        new Select(browser.findElement(By.id("f-nationalities-picker"))).selectByVisibleText("France (FR)");
        new Select(browser.findElement(By.id("f-nationalities-picker"))).selectByVisibleText("Algeria (DZ)");
        assertThat(browser.findElement(By.id("f-nationalities")).getAttribute("value"))
                .isEqualTo("DZ, FR");
        assertThat(new Select(browser.findElement(By.id("f-nationalities-picker")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("ready for the next one")
                .isEmpty();
        browser.get(url("/messages/new"));
        new Select(browser.findElement(By.id("to-picker"))).selectByVisibleText("Germany (DE)");
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo("DE");

        for (String page : List.of("/hits", "/notices", "/messages", "/screening")) {
            assertNoCodes(main(page));
        }
    }

    @Test
    void noticeAuditAndAdministrationPagesShowWordsToo() {
        signInAs("officer.fr");
        browser.get(url("/notices"));
        pressToNextPage(By.cssSelector("main table tbody a"));
        String notice = main();
        assertThat(browser.findElement(By.id("status")).getText()).matches("[A-Z][a-z]+( [a-z]+)*");
        assertNoCodes(notice);
        assertThat(notice)
                .doesNotContainPattern("\\b(DRAFT|SUBMITTED|RETURNED|REFUSED|PUBLISHED|CANCELLED|EXPIRED)\\b");

        browser.manage().deleteAllCookies();
        signInAs("auditor");
        String audit = main("/audit");
        assertThat(audit).contains("Sign in").doesNotContainPattern("\\b(SIGN_IN|SUCCESS|SCREEN)\\b");

        browser.manage().deleteAllCookies();
        signInAs("admin");
        String admin = main("/admin");
        assertThat(admin).contains("Administrator", "Officer", "Reviewer", "Confidential");
        assertNoCodes(admin);
    }

    private String main(String path) {
        browser.get(url(path));
        return main();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static void assertNoCodes(String text) {
        for (String code : CODES) {
            assertThat(text).as("no code %s", code).doesNotContainPattern("\\b" + code + "\\b");
        }
    }
}
