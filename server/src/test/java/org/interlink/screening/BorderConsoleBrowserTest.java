package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.interlink.access.Restriction;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A border officer at the console, by keyboard: scans an MRZ, reads the verdict, screens a passenger list. */
@IntegrationTest
class BorderConsoleBrowserTest extends BrowserTest {

    @Autowired
    Watchlist watchlist;

    @Test
    void officerScansAStolenPassportAndTheOwnerSeesTheHit() throws Exception {
        String number =
                "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "0");
        watchlist.putDocument(
                new WatchedDocument("doc-" + number, "FR", Restriction.OPEN, number, "FRA", "PASSPORT", "STOLEN", 1));
        String[] mrz = Mrzs.td3("FRA", "DURAND", "LUC", number, "FRA", "790101", 'M', "310101")
                .split("\n");

        signIn("officer.de");
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
        signIn("officer.fr");
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
        browser.findElement(By.cssSelector(".hit-message")).click();
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo("DE");
        assertThat(browser.findElement(By.id("refType")).getAttribute("value")).isEqualTo("HIT");
        assertThat(browser.findElement(By.id("refId")).getAttribute("value")).isNotBlank();
        assertThat(browser.findElement(By.id("subject")).getAttribute("value"))
                .startsWith("Hit on travel document " + number);
    }

    /** What the list's 5-second poll does, now. */
    private void refreshHitList() {
        browser.executeScript(
                "htmx.ajax('GET', '/hits/list', {source: '#hit-list', target: '#hit-list', swap: 'outerHTML'})");
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
        assertThat(browser.findElement(By.id("actor")).getText()).isEqualTo(user);
    }
}
