package org.interlink.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An officer at a browser keeps a hash bank and looks a file up: the bank pages and the lookup page. */
@IntegrationTest
class ContentPagesBrowserTest extends BrowserTest {

    @TempDir
    Path files;

    private Path file(String name, byte[] bytes) throws IOException {
        Path path = files.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    @Test
    void bankIsCreatedAnEntryAddedByUploadAndABlurredCopyLookedUpIsAHitThatLeadsToAReferral() throws IOException {
        long seed = UUID.randomUUID().getMostSignificantBits();
        Path photo = file("photo.png", TestImages.encode(TestImages.photo(seed), "png"));
        Path copy = file("copy.jpg", TestImages.encode(TestImages.blurred(TestImages.photo(seed)), "jpg"));
        String name = "Browser bank " + UUID.randomUUID();

        signInAs("officer.de");
        browser.findElement(By.linkText("Content")).click();
        browser.findElement(By.id("bank-name")).sendKeys(name);
        new Select(browser.findElement(By.id("bank-labels"))).selectByValue("behaviour:recruitment");
        pressToNextPage(By.id("create-bank"));
        assertThat(browser.findElement(By.id("bank-title")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("no-entries")).getText()).isEqualTo("No entries yet.");

        browser.findElement(By.id("entry-file")).sendKeys(photo.toString());
        new Select(browser.findElement(By.id("file-labels"))).selectByValue("behaviour:propaganda");
        browser.findElement(By.id("file-source")).sendKeys("seized phone");
        clickToNextPage(By.id("upload-entry"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("pdq", "md5", "sha256", "not kept");
        assertThat(browser.findElements(By.cssSelector("#entries .entry-row"))).hasSize(3);
        assertThat(browser.findElement(By.id("entries")).getText()).contains("behaviour:propaganda", "officer.de");
        Browser.screenshot(browser, "content-bank-entries");

        pressToNextPage(By.cssSelector("#entries .entry-row:last-child .entry-toggle"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("disabled");
        assertThat(browser.findElement(By.cssSelector("#entries .entry-row:last-child .entry-state"))
                        .getText())
                .isEqualTo("Disabled");
        pressToNextPage(By.cssSelector("#entries .entry-row:last-child .entry-toggle"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("re-enabled");
        assertThat(browser.findElement(By.cssSelector("#entries .entry-row:last-child .entry-state"))
                        .getText())
                .isEqualTo("Enabled");

        browser.findElement(By.id("tab-lookup")).click();
        browser.findElement(By.id("lookup-file")).sendKeys(copy.toString());
        browser.findElement(By.id("look-up")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
        assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("HIT");
        String results = browser.findElement(By.id("lookup-results")).getText();
        assertThat(results).contains(name, "distance", "behaviour:propaganda");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("results");
        Browser.screenshot(browser, "content-lookup-hit");

        clickToNextPage(By.id("refer-matches"));
        assertThat(browser.findElement(By.id("hashes")).getAttribute("value")).startsWith("pdq:");
        assertThat(browser.findElement(By.id("entries")).getAttribute("value")).isNotBlank();
        browser.findElement(By.id("platform")).sendKeys("ExampleTube");
        browser.findElement(By.id("url")).sendKeys("https://video.example/v/from-lookup");
        browser.findElement(By.id("grounds")).sendKeys("Propaganda of a listed organisation");
        pressToNextPage(By.id("create"));
        assertThat(browser.findElement(By.id("reference")).getText()).startsWith("RO-DE-");
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("Bank entry", "behaviour:propaganda");
    }

    @Test
    void theUploadFormKeepsTheFileAsEvidenceWhenAsked() throws IOException {
        Path leaflet = file("leaflet-" + UUID.randomUUID() + ".txt", ("leaflet " + UUID.randomUUID()).getBytes());
        signInAs("officer.de");
        browser.findElement(By.linkText("Content")).click();
        browser.findElement(By.id("bank-name")).sendKeys("Kept by form " + UUID.randomUUID());
        pressToNextPage(By.id("create-bank"));

        browser.findElement(By.id("entry-file")).sendKeys(leaflet.toString());
        browser.findElement(By.id("keep-evidence")).sendKeys(Keys.SPACE);
        clickToNextPage(By.id("upload-entry"));

        assertThat(browser.findElement(By.id("message")).getText()).contains("kept, encrypted, as evidence");
        assertThat(browser.findElements(By.cssSelector("#entries .entry-evidence")))
                .as("the md5 and sha256 entries link the kept file")
                .hasSize(2);
    }

    @Test
    void anEntryWhoseFileWasKeptLinksItsDownloadFromTheBankPage() throws Exception {
        org.interlink.ApiClient api = new org.interlink.ApiClient(port);
        String de = api.bearer("ncb-de");
        org.interlink.ApiClient.Reply bank = api.postJson(
                "/api/v1/content/banks",
                de,
                "{\"name\": \"Evidence page " + UUID.randomUUID() + "\", \"labels\": [\"entity:other\"]}");
        String id = bank.json().get("id").asString();
        byte[] leaflet = ("leaflet " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.interlink.ApiClient.Reply kept = api.postMultipart(
                "/api/v1/content/banks/" + id + "/entries",
                de,
                new org.interlink.ApiClient.Multipart()
                        .file("file", "leaflet.txt", "text/plain", leaflet)
                        .text("keepEvidence", "true"));
        assertThat(kept.status()).as(kept.text()).isEqualTo(201);
        long entry = kept.json().get("entries").get(0).get("id").asLong();
        assertThat(api.postJson(
                                "/api/v1/content/banks/" + id + "/entries",
                                de,
                                "{\"signalType\": \"url\", \"signal\": \"https://example.org/" + UUID.randomUUID()
                                        + "\"}")
                        .status())
                .isEqualTo(201);

        signInAs("officer.de");
        browser.get(url("/content/banks/" + id));

        var links = browser.findElements(By.cssSelector("#entries .entry-evidence"));
        assertThat(links).as("the md5 and sha256 entries, not the url").hasSize(2);
        String href = links.getFirst().getAttribute("href");
        assertThat(href).endsWith("/content/entries/" + entry + "/evidence");
        assertThat(links.getFirst().getAttribute("aria-label")).contains("entry " + entry);
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(leaflet);
    }
}
