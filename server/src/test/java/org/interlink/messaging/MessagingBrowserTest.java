package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.interlink.ApiClient;
import org.interlink.ApiClient.Multipart;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The "done when" in a real browser: FR's national system sends DE an urgent message with a PDF; an officer of
 * DE with the inbox open sees it arrive without reloading, opens it (FR sees the receipt) and replies.
 */
@IntegrationTest
class MessagingBrowserTest extends BrowserTest {

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void germanySeesAnUrgentMessageArriveLiveOpensItAndReplies() {
        signInAs("officer.de");
        browser.get(url("/messages"));
        assertThat(browser.getTitle()).isEqualTo("Messages · Interlink");
        browser.executeScript("window.interlinkNotReloaded = true;");

        String fr = api.bearer("ncb-fr");
        ApiClient.Reply sent = api.postMultipart(
                "/api/v1/messages",
                fr,
                new Multipart()
                        .json(
                                "message",
                                "{\"to\": [\"DE\"], \"subject\": \"Urgent: hit on a stolen passport\", \"body\":"
                                        + " \"Traveller stopped at CDG.\", \"priority\": \"URGENT\"}")
                        .file("attachment", "passport-scan.pdf", "application/pdf", MessagingApiIntegrationTest.PDF));
        assertThat(sent.status()).isEqualTo(201);
        String id = sent.json().get("id").asString();

        WebElement arrived = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#inbox-list li[data-message-id='" + id + "']")));
        assertThat(browser.executeScript("return window.interlinkNotReloaded === true;"))
                .as("the message arrived without a page reload")
                .isEqualTo(true);
        assertThat(arrived.getText()).contains("URGENT", "Urgent: hit on a stolen passport", "from FR", "unread");
        Browser.screenshot(browser, "messages-inbox-live");

        arrived.findElement(By.cssSelector("a.message-link")).click();
        assertThat(browser.findElement(By.id("subject")).getText()).contains("Urgent: hit on a stolen passport");
        assertThat(browser.findElement(By.id("body")).getText()).isEqualTo("Traveller stopped at CDG.");
        assertThat(browser.findElement(By.id("attachments")).getText())
                .contains("passport-scan.pdf", "application/pdf");
        assertThat(browser.findElements(By.id("receipts")))
                .as("receipts are for the sender")
                .isEmpty();
        Browser.screenshot(browser, "messages-open");

        JsonNode receipt = api.getReply("/api/v1/messages/" + id, fr)
                .json()
                .get("receipts")
                .get(0);
        assertThat(receipt.get("bureau").asString()).isEqualTo("DE");
        assertThat(receipt.get("readAt").asString()).isNotBlank();

        browser.findElement(By.id("reply-body")).sendKeys("Confirmed: the passport is on our stolen list.");
        click(browser.findElement(By.id("send-reply")));
        assertThat(browser.findElement(By.id("sent-notice")).getText()).contains("Message sent");
        assertThat(browser.findElement(By.id("subject")).getText()).contains("Re: Urgent: hit on a stolen passport");
        assertThat(browser.findElement(By.id("thread")).getText()).contains("Urgent: hit on a stolen passport");
        Browser.screenshot(browser, "messages-reply");

        JsonNode inbox = api.getReply("/api/v1/messages?box=inbox", fr).json().get("items");
        JsonNode reply = inbox.valueStream()
                .filter(m -> id.equals(m.path("inReplyTo").asString("")))
                .findFirst()
                .orElseThrow();
        assertThat(reply.get("from").asString()).isEqualTo("DE");
        assertThat(reply.get("threadId").asString()).isEqualTo(id);
    }

    @Test
    void officerComposesAMessageAboutAHitWithAnAttachment() throws Exception {
        signInAs("officer.fr");
        browser.get(url("/messages/new?to=IT&refType=HIT&refId=hit-77&subject=Follow-up"));
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo("IT");
        assertThat(browser.findElement(By.id("refId")).getAttribute("value")).isEqualTo("hit-77");
        assertThat(browser.findElement(By.cssSelector("label[for=body]")).getText())
                .isEqualTo("Text");
        browser.findElement(By.id("body")).sendKeys("Please see the notes attached.");
        browser.findElement(By.id("priority-URGENT")).click();
        Path notes = Files.createTempFile("notes", ".txt");
        Files.writeString(notes, "Notes on hit 77: traveller released.\n");
        browser.findElement(By.id("attachment")).sendKeys(notes.toString());
        click(browser.findElement(By.id("send")));

        assertThat(browser.findElement(By.id("sent-notice")).getText()).contains("Message sent");
        assertThat(browser.findElement(By.id("to")).getText()).isEqualTo("IT — Italy");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hit", "hit-77", "URGENT");
        assertThat(browser.findElement(By.id("attachments")).getText())
                .contains(notes.getFileName().toString());
        assertThat(browser.findElement(By.id("receipts")).getText()).contains("IT", "not yet");
        Browser.screenshot(browser, "messages-composed");

        browser.get(url("/messages/new?to=XX"));
        browser.findElement(By.id("subject")).sendKeys("Nowhere");
        click(browser.findElement(By.id("send")));
        assertThat(browser.findElement(By.id("compose-errors")).getText()).contains("to[0]", "not a member country");
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).isEqualTo("Nowhere");
    }

    private void click(WebElement element) {
        // Bootstrap scrolls smoothly: jump instead, so the click lands where the button is.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
