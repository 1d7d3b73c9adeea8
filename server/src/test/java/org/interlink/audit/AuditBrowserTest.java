package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.members.Members;
import org.interlink.members.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An auditor at a browser asks the three questions, pages through the log and finds the export, by keyboard. */
@IntegrationTest
class AuditBrowserTest extends BrowserTest {

    private static final Viewer GS_ADMIN =
            new Viewer("admin", Viewer.GENERAL_SECRETARIAT, Set.of("ADMINISTRATOR"), Classification.OFFICIAL);

    @Autowired
    Members members;

    @Test
    void auditorAsksWhoConsultedARecordWhatAUserDidAndWhatWasCheckedAtAPost() {
        ApiClient api = new ApiClient(port);
        ApiClient.Reply created = api.postJson(
                "/api/v1/persons",
                api.bearer("ncb-fr"),
                "{\"names\": [{\"value\": \"Browsed PERSON\", \"type\": \"PRIMARY\"}]}");
        String id = created.json().get("id").asString();
        api.getReply("/api/v1/persons/" + id, api.bearer("ncb-de"), "X-Purpose", "case 2026/88");
        String post = "Gate " + UUID.randomUUID();
        api.postJson(
                "/api/v1/screening/persons", api.bearer("ncb-it"), "{\"name\": \"Someone ELSE\"}", "X-Location", post);
        // An auditor who is also an officer opens the record itself and asks from there.
        members.createUser(
                GS_ADMIN,
                "audit.officer",
                "GS",
                "Auditing officer",
                "correct horse battery",
                Set.of(Role.AUDITOR, Role.OFFICER),
                Classification.CONFIDENTIAL);
        signInAs("audit.officer", "correct horse battery");

        browser.get(url("/records/persons/" + id));
        clickToNextPage(By.id("who-consulted"));
        assertThat(column("Actor")).contains("ncb-de", "ncb-fr", "audit.officer");
        assertThat(browser.findElement(By.id("f-object")).getAttribute("value")).isEqualTo(id);
        assertThat(browser.findElement(By.id("audit-entries")).getText()).contains("case 2026/88");
        assertThat(browser.findElement(By.id("export")).getAttribute("href")).endsWith("/audit/export?objectId=" + id);
        Browser.screenshot(browser, "audit-who-consulted");

        clickToNextPage(By.xpath("//table[@id='audit-entries']//a[@class='actor' and text()='ncb-de']"));
        assertThat(column("Actor")).isNotEmpty().containsOnly("ncb-de");
        assertThat(browser.findElement(By.id("f-actor")).getAttribute("value")).isEqualTo("ncb-de");

        // Checks at a post, typed into the form: clear it, then the operation and the post, Enter to search.
        clickToNextPage(By.id("clear"));
        browser.findElement(By.id("f-operation")).sendKeys("Check");
        WebElement location = browser.findElement(By.id("f-location"));
        location.sendKeys(post);
        followByKeyboard(By.id("f-location"));
        assertThat(column("Actor")).containsExactly("ncb-it");
        assertThat(column("Post")).containsExactly(post);
        assertThat(column("Operation")).containsExactly("Check");
        Browser.screenshot(browser, "audit-post");
    }

    @Test
    void auditorPagesOlderAndNewerAndIsToldWhichFilterIsWrong() {
        ApiClient api = new ApiClient(port);
        String token = api.bearer("ncb-nl");
        String id = api.postJson(
                        "/api/v1/persons", token, "{\"names\": [{\"value\": \"Paged PERSON\", \"type\": \"PRIMARY\"}]}")
                .json()
                .get("id")
                .asString();
        for (int i = 0; i < 60; i++) {
            api.getReply("/api/v1/persons/" + id, token);
        }
        signInAs("auditor", "demo");
        browser.get(url("/audit?actor=ncb-nl"));
        List<String> first = column("#");
        assertThat(first).hasSize(50);
        followByKeyboard(By.id("older"));
        List<String> second = column("#");
        assertThat(Long.parseLong(second.getFirst())).isLessThan(Long.parseLong(first.getLast()));
        assertThat(column("Actor")).containsOnly("ncb-nl");
        followByKeyboard(By.id("newer"));
        assertThat(column("#")).isEqualTo(first);

        browser.findElement(By.id("f-from")).sendKeys("yesterday");
        followByKeyboard(By.id("f-from"));
        assertThat(browser.findElement(By.id("filter-errors")).getText()).contains("from", "is not a date");
        assertThat(browser.findElements(By.id("audit-entries"))).isEmpty();
        assertThat(browser.findElement(By.id("f-from")).getAttribute("value")).isEqualTo("yesterday");
    }

    /** Presses Enter on a link or a form field and waits for the page it loads. */
    private void followByKeyboard(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** The texts of one column of the entries table, top to bottom. */
    private List<String> column(String header) {
        List<WebElement> headers = browser.findElements(By.cssSelector("#audit-entries thead th"));
        int index = 0;
        while (!headers.get(index).getText().equals(header)) {
            index++;
        }
        int n = index + 1;
        return browser.findElements(By.cssSelector("#audit-entries tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
