package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.interlink.access.Restriction;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A border officer at the console, by keyboard: scans an MRZ, reads the verdict, screens a passenger list. */
@IntegrationTest
class BorderConsoleBrowserTest extends BrowserTest {

    @Autowired
    Watchlist watchlist;

    @Autowired
    WatchlistReadiness readiness;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void officerScansAStolenPassportAndTheOwnerSeesTheHit() throws Exception {
        String number =
                "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "0");
        watchlist.putDocument(
                new WatchedDocument("doc-" + number, "FR", Restriction.OPEN, number, "FRA", "PASSPORT", "STOLEN", 1));
        String[] mrz = Mrzs.td3("FRA", "DURAND", "LUC", number, "FRA", "790101", 'M', "310101")
                .split("\n");

        signInAs("officer.de");
        browser.get(url("/screening"));
        WebElement query = browser.findElement(By.id("query"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(query);
        query.sendKeys(mrz[0], Keys.ENTER); // a scanner types line by line: the first Enter is a new line
        query.sendKeys(mrz[1], Keys.ENTER);

        WebElement verdict = browser.findElement(By.id("verdict"));
        assertThat(verdict.getText()).contains("HIT").contains("seize the document");
        assertThat(browser.findElement(By.id("mrz")).getText()).contains(number, "DURAND");
        assertThat(browser.findElement(By.id("recent")).getText()).contains("Hit");
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("ready for the next traveller")
                .isEqualTo("query");
        Browser.screenshot(browser, "border-console-hit");

        query = browser.findElement(By.id("query"));
        query.sendKeys("Nobody Atall Unknown", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "NO HIT"));

        Path csv = Files.createTempFile("passengers", ".csv");
        Files.writeString(
                csv,
                "ref,name,dateOfBirth,documentNumber,issuingCountry\n"
                        + "12A,Luc Durand,1979-01-01," + number + ",FRA\n"
                        + "12B,Someone Else,1980-02-02,,\n");
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        browser.findElement(By.id("upload")).click();
        WebElement results = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-results")));
        assertThat(results.getText()).contains("12A", "Hit", "12B", "No hit");
        WebElement hitRow = results.findElement(By.cssSelector("tbody tr.table-danger"));
        assertThat(hitRow.getText()).as("what to do, in the list itself").contains("12A", "seize the document");
        assertThat(hitRow.findElement(By.cssSelector("a.batch-match")).getAttribute("href"))
                .endsWith("/records/documents/doc-" + number);
        assertThat(browser.findElement(By.id("batch-status")).getText()).contains("2 of 2");
        Browser.screenshot(browser, "border-console-passenger-list");

        browser.manage().deleteAllCookies();
        signInAs("officer.fr");
        browser.get(url("/hits"));
        assertThat(browser.findElement(By.id("hit-list")).getText())
                .contains(number, "DE — Germany", "officer.de", "Open");
        Browser.screenshot(browser, "hits-owner");

        // The list refreshes every 5 s: what the owner has begun to type or choose in a follow-up survives it.
        WebElement action = browser.findElement(By.cssSelector(".hit-row input[name=actionTaken]"));
        String actionId = action.getAttribute("id");
        action.sendKeys("held for questioning");
        Select reason = new Select(browser.findElement(By.cssSelector(".hit-row select[name=reason]")));
        String reasonId = reason.getWrappedElement().getAttribute("id");
        reason.selectByIndex(1);
        String chosen = reason.getFirstSelectedOption().getAttribute("value");
        WebElement table = browser.findElement(By.cssSelector("#hit-list table"));
        // While the keyboard focus is in the list it is not refreshed: a keyboard user keeps their place.
        refreshHitList();
        Thread.sleep(1000);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(reasonId);
        assertThat(browser.findElements(By.cssSelector("#hit-list table")))
                .as("not refreshed while focused")
                .containsExactly(table);
        browser.executeScript("document.activeElement.blur()");
        refreshHitList();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(table));
        assertThat(browser.findElement(By.id(actionId)).getAttribute("value")).isEqualTo("held for questioning");
        assertThat(new Select(browser.findElement(By.id(reasonId)))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(chosen);

        // The owner dismisses it as a false positive, by the reason's label.
        new Select(browser.findElement(By.id(reasonId))).selectByVisibleText("Different person");
        clickToNextPage(By.xpath("//select[@id='" + reasonId + "']/following-sibling::button"));
        assertThat(browser.findElement(By.cssSelector("[role=status].alert-success"))
                        .getText())
                .contains("dismissed as a false positive");
        assertThat(browser.findElements(By.id(reasonId))).as("no longer open").isEmpty();

        // The owner writes to the searching bureau about the hit, the compose form pre-filled with the reference.
        new WebDriverWait(browser, Duration.ofSeconds(10)) // the list may refresh (every 5 s) between find and click
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector(".hit-message")).click();
                    return true;
                });
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo("DE");
        assertThat(browser.findElement(By.id("refType")).getAttribute("value")).isEqualTo("HIT");
        assertThat(browser.findElement(By.id("refId")).getAttribute("value")).isNotBlank();
        assertThat(browser.findElement(By.id("subject")).getAttribute("value"))
                .startsWith("Hit on travel document " + number);
    }

    @Test
    void aScannedMrzWhoseCheckDigitFailsIsScreenedAndFlaggedForTheOfficer() {
        String number = ReportedDocuments.report(watchlist, "FR", "FRA", "STOLEN");
        String[] mrz = Mrzs.withDocumentNumberCheckDigitWrong(
                        Mrzs.td3("FRA", "DURAND", "LUC", number, "FRA", "790101", 'M', "310101"))
                .split("\n");

        signInAs("officer.de");
        browser.get(url("/screening"));
        WebElement query = browser.findElement(By.id("query"));
        query.sendKeys(mrz[0], Keys.ENTER);
        query.sendKeys(mrz[1], Keys.ENTER);

        WebElement verdict = browser.findElement(By.id("verdict"));
        assertThat(verdict.getText()).as("screened as read").contains("HIT").contains("seize the document");
        WebElement signal = browser.findElement(By.id("mrz-signal"));
        assertThat(signal.getAttribute("role")).isEqualTo("alert");
        assertThat(signal.getText())
                .contains("Possible forgery")
                .contains("check digit of the document number fails: verify the document")
                .doesNotContain("documentNumber");
        assertThat(browser.findElement(By.id("mrz")).getText()).contains(number, "DURAND", "document number ✗ fails");
        assertThat(browser.findElement(By.id("query")).getAttribute("value"))
                .as("the scanned text stays in the box")
                .isEqualTo(mrz[0] + "\n" + mrz[1]);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("query");
        Browser.screenshot(browser, "border-console-check-digit-fails");
    }

    @Test
    void aPassengerListScreensEveryValidTravellerAndListsTheRejectedRowsByFileLine() throws Exception {
        String number = ReportedDocuments.report(watchlist, "DE", "D", "STOLEN");
        Path csv = Files.createTempFile("passengers", ".csv");
        Files.writeString(
                csv,
                "ref,name,dateOfBirth,documentNumber,issuingCountry\r\n" // line 1
                        + "1A,Nobody Known,,,\r\n" // 2
                        + "\"1B\nseat 12C\",Anna Lindqvist,1980-01-01,,\r\n" // 3-4: a quoted line break
                        + "1C,Luc Durand,1979-01-01," + number + ",DEU\r\n" // 5: airline alpha-3 for ICAO D
                        + "1D,Bad Country,,X123,QQQ\r\n" // 6
                        + "1E,Someone Else,,,\r\n" // 7
                        + "1F,,,,\r\n" // 8: nothing to screen
                        + "1G,Another One,1990-13-01,,\r\n" // 9
                        + "1H,Last Person,,,\r\n"); // 10

        signInAs("officer.fr");
        browser.get(url("/screening"));
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        browser.findElement(By.id("upload")).click();
        WebElement results = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-results")));

        assertThat(browser.findElement(By.id("batch-status")).getText())
                .contains("5 of 8 travellers screened, 3 row(s) rejected")
                .contains("1 hit(s)");
        List<WebElement> rows = results.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst().getText())
                .as("hits first")
                .startsWith("5 1C Hit")
                .contains("seize the document");
        assertThat(rows.getFirst().getAttribute("class")).contains("table-danger");
        assertThat(results.getText()).contains("1A", "1B", "1E", "1H");
        List<String> rejected = browser.findElements(By.cssSelector("#batch-rejected tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(rejected)
                .containsExactly(
                        "6 1D issuingCountry: is not an ICAO 9303 issuing-state code",
                        "8 1F name: give a name, a document, or both",
                        "9 1G dateOfBirth: must be a real date: YYYY, YYYY-MM or YYYY-MM-DD");
        Browser.screenshot(browser, "border-console-passenger-list-rejected");

        new Select(browser.findElement(By.id("batch-show"))).selectByVisibleText("hits only");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(results));
        assertThat(browser.findElements(By.cssSelector("#batch-results tbody tr")))
                .singleElement()
                .extracting(WebElement::getText)
                .asString()
                .startsWith("5 1C Hit");
        assertThat(new Select(browser.findElement(By.id("batch-show")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("hits only");

        String href = browser.findElement(By.id("batch-export")).getAttribute("href");
        long exports = exports();
        List<Object> download = fetch(href);
        assertThat(exports()).as("the export is audited").isEqualTo(exports + 1);
        assertThat(download.get(0)).isEqualTo(200L);
        assertThat((String) download.get(1)).startsWith("text/csv");
        assertThat((String) download.get(2)).startsWith("attachment");
        String[] lines = ((String) download.get(3)).split("\r\n");
        assertThat(lines[0]).isEqualTo("line,ref,outcome,match,kind,record,owner,action,reason");
        assertThat(lines[1]).startsWith("5,1C,HIT," + number + ",DOCUMENT,doc-" + number + ",DE,");
        assertThat(lines).hasSize(9);
        assertThat(lines[2]).startsWith("2,1A,NO_HIT");
        assertThat(lines[3]).startsWith("3,\"1B\nseat 12C\",NO_HIT");
        assertThat(lines[6]).isEqualTo("6,1D,REJECTED,,,,,,issuingCountry: is not an ICAO 9303 issuing-state code");

        // Another officer is told the list does not exist, on every path.
        browser.manage().deleteAllCookies();
        signInAs("officer.de");
        assertThat(fetch(href).get(0)).isEqualTo(404L);
        assertThat(fetch(href.replace("/results.csv", "?show=HITS")).get(0)).isEqualTo(404L);
    }

    /** GET through the signed-in browser: status, content type, content disposition and text. */
    @SuppressWarnings("unchecked")
    private List<Object> fetch(String href) {
        return (List<Object>) browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done([r.status,"
                        + " r.headers.get('Content-Type'), r.headers.get('Content-Disposition'), t])));",
                href);
    }

    private long exports() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE operation = 'EXPORT' AND object_type = 'passenger-list'",
                Long.class);
    }

    @Test
    void theConsoleSaysNotReadyYetWhileTheWatchlistLoads() {
        signInAs("officer.de");
        readiness.building();
        try {
            browser.get(url("/screening"));
            assertThat(browser.findElement(By.id("console-not-ready")).getText())
                    .contains("not ready yet");
            WebElement query = browser.findElement(By.id("query"));
            query.sendKeys("Claire Martin", Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("not-ready")).getText().contains("Not ready yet"));
            assertThat(browser.findElement(By.id("not-ready")).getText()).contains("nothing was checked");
            assertThat(browser.findElements(By.id("verdict"))).as("no verdict").isEmpty();
            assertThat(browser.findElement(By.id("query")).getAttribute("value"))
                    .isEqualTo("Claire Martin");
            Browser.screenshot(browser, "border-console-not-ready");
        } finally {
            readiness.ready();
        }
        browser.findElement(By.id("query")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(browser.findElements(By.id("not-ready"))).isEmpty();
    }

    /** What the list's 5-second poll does, now. */
    private void refreshHitList() {
        browser.executeScript(
                "htmx.ajax('GET', '/hits/list', {source: '#hit-list', target: '#hit-list', swap: 'outerHTML'})");
    }
}
