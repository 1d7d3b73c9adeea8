package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The hit list at scale: pages, filters, records by name, words for statuses, no preselected dismiss reason. */
@IntegrationTest
class HitsBrowserTest extends BrowserTest {

    @Autowired
    HitRows rows;

    @Test
    void ownerPagesAndFiltersHitsShownInWords() {
        // Malta's records, screened by Cyprus: 27 people lately, 2 documents overdue.
        List<String> people = Hits.raise(rows, "MT", "CY", "PERSON", "Maria Borg", 27);
        Hits.raise(rows, "MT", "CY", "DOCUMENT", "MT-PASS-OLD", Duration.ofHours(14));
        Hits.raise(rows, "MT", "CY", "DOCUMENT", "MT-PASS-OLDER", Duration.ofHours(15));
        signInAs("officer.mt");

        browser.get(url("/hits?bureau=CY"));
        assertThat(rows()).hasSize(25);
        WebElement first = rows().getFirst();
        assertThat(first.findElement(By.cssSelector(".hit-record")).getText())
                .as("the record by its name")
                .isEqualTo("Maria Borg 27");
        assertThat(first.getText())
                .contains("Person", "Open", "CY — Cyprus", "MT — Malta")
                .doesNotContain("PERSON", "OPEN", people.getLast(), "person-");
        assertThat(first.getText()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");

        // No reason is chosen for the officer, and one must be chosen; Confirm is not painted as danger.
        Select reason = new Select(first.findElement(By.cssSelector("select[name=reason]")));
        assertThat(reason.getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(reason.getWrappedElement().getAttribute("required")).isNotNull();
        assertThat(reason.getOptions()).extracting(WebElement::getText).contains("Different person");
        WebElement confirm = first.findElement(By.xpath(".//button[text()='Confirm']"));
        assertThat(confirm.getAttribute("class")).doesNotContain("danger").doesNotContain("success");
        Browser.screenshot(browser, "hits-page-one");

        // The next page has the rest: 2 more people and the 2 documents, and a way back.
        press(By.id("next-page"));
        assertThat(rows()).hasSize(4);
        assertThat(browser.findElement(By.id("hit-list")).getText()).contains("Maria Borg 1", "MT-PASS-OLDER");
        assertThat(browser.findElements(By.id("next-page"))).isEmpty();
        press(By.id("first-page"));
        assertThat(rows()).hasSize(25);

        // By kind, through the form: the documents alone, in words.
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Travel document");
        press(By.id("filter"));
        assertThat(rows())
                .extracting(r -> r.findElement(By.cssSelector(".hit-record")).getText())
                .containsExactly("MT-PASS-OLD", "MT-PASS-OLDER");
        assertThat(new Select(browser.findElement(By.id("bureau")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Cyprus (CY)");

        // Deadline order: the overdue first, marked so.
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("any");
        new Select(browser.findElement(By.id("order"))).selectByVisibleText("Deadline, overdue first");
        press(By.id("filter"));
        assertThat(rows().getFirst().getText()).contains("MT-PASS-OLDER", "overdue");
        assertThat(rows().get(2).getText()).contains("Maria Borg 1").doesNotContain("overdue");

        browser.findElement(By.id("overdue")).click();
        press(By.id("filter"));
        assertThat(rows()).hasSize(2);

        // Status filter: one dismissed by its reason's label, then listed as dismissed, its note in words.
        browser.get(url("/hits?bureau=CY&kind=PERSON"));
        WebElement row = rows().getFirst();
        new Select(row.findElement(By.cssSelector("select[name=reason]"))).selectByVisibleText("Different person");
        press(By.xpath("//tr[contains(@class,'hit-row')][1]//button[text()='Dismiss']"));
        browser.get(url("/hits?bureau=CY&status=DISMISSED"));
        assertThat(rows()).hasSize(1);
        assertThat(rows().getFirst().getText())
                .contains("Maria Borg 27", "Dismissed", "Different person")
                .doesNotContain("DIFFERENT_PERSON", "DISMISSED");

        // A bad filter value is named, not a failure.
        browser.get(url("/hits?status=SHUT"));
        assertThat(browser.findElement(By.id("filter-errors")).getText()).contains("status");
    }

    /**
     * The rows of the list as the page shows them now. The list's 5-second refresh is held first: it would replace the
     * rows (same content, new elements) between a look-up and its use. BorderConsoleBrowserTest covers the refresh.
     */
    private List<WebElement> rows() {
        browser.executeScript("if (!window.held) { window.held = true;"
                + " document.body.addEventListener('htmx:beforeRequest', e => e.preventDefault()); }");
        return browser.findElements(By.cssSelector("#hit-list tr.hit-row"));
    }

    /** Activates a button or link by the keyboard (wherever it scrolled to) and waits for the next page. */
    private void press(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }
}
