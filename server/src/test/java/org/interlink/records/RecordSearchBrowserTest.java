package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records page searches names through the matching library: spellings and scripts meet, results are ranked, access
 * applies to every candidate, pages go back and forth, and an empty result says what to try.
 */
@IntegrationTest
class RecordSearchBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNameIsFoundAcrossSpellingsAndScriptsRankedAndOnlyWhereTheViewerMaySeeIt() {
        String mueller = person("FR", "Ottokar MUELLER", "\"audience\": \"ALL\"");
        String smith = person("FR", "John SMITH", "\"audience\": \"ALL\"");
        String sokolov = person("FR", "Ivan SOKOLOV", "\"audience\": \"ALL\"");
        String hidden = person("FR", "Ivan SOKOLOV", "\"audience\": \"ONLY\", \"countries\": [\"DE\"]");
        signInAs("officer.us");

        assertFirstResult("Ottokar Müller", mueller);
        assertFound("Jon Smyth", smith);
        assertFound("Иван Соколов", sokolov);

        // The restricted namesake is not there for the United States, not even in the count.
        int rows = browser.findElements(By.cssSelector("#results tbody tr")).size();
        assertThat(browser.getPageSource()).doesNotContain(hidden);
        assertThat(browser.findElement(By.id("total")).getText()).startsWith(rows + " ");
        assertThat(browser.findElement(By.cssSelector("#results tbody tr .score"))
                        .getText())
                .endsWith("%");

        // The purpose typed with the search is in the audit log.
        String purpose = "search test " + System.nanoTime();
        browser.findElement(By.id("purpose")).clear();
        browser.findElement(By.id("purpose")).sendKeys(purpose);
        pressToNextPage(By.id("find"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'LIST' AND object_type = 'person'"
                                + " AND actor = 'officer.us' AND purpose = ?",
                        Long.class,
                        purpose))
                .isEqualTo(1);

        // Germany, in the audience, finds the restricted one too.
        signOut();
        signInAs("officer.de");
        assertFound("Иван Соколов", hidden);
    }

    @Test
    void pagesGoForwardAndBackAndAnEmptySearchSaysWhatToTry() {
        for (int i = 0; i < 27; i++) {
            person("FR", "Wendelin QUASTHOFF", "\"audience\": \"ALL\"");
        }
        signInAs("officer.fr");
        browser.get(url("/records?kind=persons&q=Wendelin+Quasthoff"));
        assertThat(browser.findElement(By.id("total")).getText()).startsWith("27 ");
        assertThat(browser.findElements(By.id("previous-page"))).isEmpty();
        String first = firstRecordLink();
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(25);
        pressToNextPage(By.id("next-page"));
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.id("next-page"))).isEmpty();
        pressToNextPage(By.id("previous-page"));
        assertThat(firstRecordLink()).isEqualTo(first);

        // The whole list, newest first, pages by keys both ways.
        browser.get(url("/records?kind=documents"));
        String newest = firstRecordLink();
        pressToNextPage(By.id("next-page"));
        assertThat(firstRecordLink()).isNotEqualTo(newest);
        pressToNextPage(By.id("next-page"));
        pressToNextPage(By.id("previous-page"));
        pressToNextPage(By.id("previous-page"));
        assertThat(firstRecordLink()).isEqualTo(newest);
        assertThat(browser.findElements(By.id("previous-page"))).isEmpty();

        browser.get(url("/records?kind=persons&q=Qxzyvw+Pqqrtz&country=FR"));
        WebElement empty = browser.findElement(By.id("empty-state"));
        assertThat(empty.getText()).contains("spelling", "fewer words", "another database", "documents");
        assertThat(browser.findElements(By.id("clear-filters"))).hasSize(1);

        browser.get(url("/records?kind=persons&q=Quasthoff&page=x"));
        assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText())
                .contains("page");
    }

    private String person(String bureau, String name, String audience) {
        RecordsApi.Response created =
                new RecordsApi(port).post(bureau, "/api/v1/persons", """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "1971-03",
                 "categories": ["WANTED"], "access": {"classification": "OFFICIAL", %s}}""".formatted(name, audience));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Searches until the record is listed: the index takes a new record in just after its commit. */
    private void assertFound(String query, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            driver.get(url("/records?kind=persons&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            return driver.getPageSource().contains(id);
        });
    }

    private void assertFirstResult(String query, String id) {
        assertFound(query, id);
        assertThat(firstRecordLink()).endsWith("/" + id);
    }

    private String firstRecordLink() {
        List<WebElement> links = browser.findElements(By.cssSelector("#results tbody tr td:first-child a"));
        assertThat(links).isNotEmpty();
        return links.getFirst().getAttribute("href");
    }

    private void signOut() {
        browser.findElement(By.xpath("//button[text()='Sign out']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?signedOut"));
    }
}
