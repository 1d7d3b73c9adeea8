package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deleting a record for good takes a confirmation step and a reason, and the audit row keeps the reason. */
@IntegrationTest
class RecordDeletionBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    RecordsApi api;

    @BeforeEach
    void client() {
        api = new RecordsApi(port);
    }

    @Test
    void ownerConfirmsAndGivesAReasonBeforeARecordIsDeletedForGood() {
        String name = "Odile DELETAIRE" + (System.nanoTime() % 100000);
        String id = api.post(
                        "FR", "/api/v1/persons", "{\"names\": [{\"value\": \"" + name + "\", \"type\": \"PRIMARY\"}]}")
                .json()
                .get("id")
                .asString();
        String path = "/api/v1/persons/" + id;
        signInAs("officer.fr");

        // The record's "Delete for good" leads to a confirmation step; nothing is deleted yet.
        browser.get(url("/records/persons/" + id));
        clickToNextPage(By.id("delete"));
        assertThat(browser.findElement(By.id("delete-title")).getText()).contains(name);
        assertThat(api.get("FR", path).status()).isEqualTo(200);
        WebElement reason = browser.findElement(By.id("reason"));
        assertThat(reason.getAttribute("required")).isNotNull();
        Browser.screenshot(browser, "records-delete-confirm");

        // Cancel goes back to the record, still there.
        clickToNextPage(By.id("cancel"));
        assertThat(browser.findElement(By.id("record-title")).getText()).isEqualTo(name);

        // Confirming without a reason (the browser's own check switched off) is refused by the server, nothing deleted.
        clickToNextPage(By.id("delete"));
        browser.executeScript("document.querySelector('#confirm-delete').form.noValidate = true");
        clickToNextPage(By.id("confirm-delete"));
        assertThat(browser.findElement(By.id("delete-errors")).getText()).contains("reason");
        assertThat(api.get("FR", path).status()).isEqualTo(200);

        // With a reason and the explicit confirmation it is gone, and the audit row says why.
        browser.findElement(By.id("reason")).sendKeys("warrant withdrawn by the court on 2026-12-01");
        clickToNextPage(By.id("confirm-delete"));
        assertThat(browser.findElement(By.cssSelector("[role=status].alert-success"))
                        .getText())
                .contains("deleted for good");
        assertThat(api.get("FR", path).status()).isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "SELECT actor || ' ' || purpose FROM audit_log WHERE object_id = ? AND operation = 'DELETE'",
                        String.class,
                        id))
                .containsExactly("officer.fr warrant withdrawn by the court on 2026-12-01");
    }
}
