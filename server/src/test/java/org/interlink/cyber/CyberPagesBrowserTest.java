package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * An officer at a browser checks values, opens an indicator and its neighbourhood, files a sighting and imports a
 * bundle; a hidden indicator looks like one that never existed, and a hidden neighbour is absent from the graph.
 */
@IntegrationTest
class CyberPagesBrowserTest extends BrowserTest {

    @TempDir
    Path files;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static String malware(String id, String name) {
        return "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"" + id
                + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                + "\"modified\":\"2026-01-01T00:00:00.000Z\",\"name\":\"" + name + "\",\"is_family\":true}";
    }

    private static String relationship(String type, String source, String target, String extra) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"" + Stix.id("relationship")
                + "\",\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\","
                + "\"relationship_type\":\"" + type + "\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target
                + "\"" + extra + "}";
    }

    private void imported(String client, String bundle) {
        ApiClient.Reply reply = Stix.importBundle(api, client, bundle);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }

    /** Waits until the check index (fed after each commit) answers the value as a hit for this client. */
    private void indexed(String client, String value) {
        Stix.eventually(
                () -> Stix.check(api, client, value),
                answer -> answer.get("results").get(0).get("outcome").asString().equals("HIT"));
    }

    private void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Test
    void aListWithAHitAndANoHitLeadsToTheIndicatorItsGraphWithoutTheHiddenNeighbourAndASighting() {
        String domain = Stix.domain();
        String indicator = Stix.id("indicator");
        String sibling = Stix.id("indicator");
        String malware = Stix.id("malware");
        String malwareName = "Loader " + UUID.randomUUID().toString().substring(0, 8);
        String hidden = Stix.id("indicator");
        String hiddenMalware = Stix.id("malware");
        imported(
                "ncb-fr",
                Stix.bundle(
                        Stix.indicator(
                                indicator,
                                "[domain-name:value = '" + domain + "']",
                                "2026-01-01T00:00:00.000Z",
                                Stix.markings(Stix.TLP2_GREEN)
                                        + ",\"name\":\"Phishing domain\",\"labels\":[\"phishing\"],"
                                        + "\"x_interlink_action\":\"Call the FR cyber desk\""),
                        Stix.indicator(
                                sibling,
                                "[domain-name:value = '" + domain + "'] OR [domain-name:value = 'x." + domain + "']",
                                "2026-01-01T00:00:00.000Z",
                                Stix.markings(Stix.TLP2_GREEN)),
                        malware(malware, malwareName),
                        relationship("indicates", indicator, malware, Stix.markings(Stix.TLP2_GREEN)),
                        malware(hiddenMalware, "Hidden family"),
                        relationship("indicates", indicator, hiddenMalware, Stix.markings(Stix.TLP2_RED))));
        imported(
                "ncb-de",
                Stix.bundle(Stix.indicator(
                        hidden,
                        "[domain-name:value = '" + domain + "']",
                        "2026-01-01T00:00:00.000Z",
                        Stix.markings(Stix.TLP2_RED))));
        indexed("ncb-it", domain);
        indexed("ncb-de", domain);

        signInAs("officer.it");
        browser.findElement(By.linkText("Cyber")).click();
        browser.findElement(By.id("tab-check")).click();
        String miss = Stix.domain();
        browser.findElement(By.id("check-values")).sendKeys("www." + domain + "\n\n" + miss + "\n");
        browser.findElement(By.id("check")).click();
        waitFor(By.id("summary"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("HIT", "1 of 2 values matched");
        List<WebElement> rows = browser.findElements(By.cssSelector("#check-results .check-result"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).findElement(By.className("outcome")).getText()).isEqualTo("HIT");
        assertThat(rows.get(0).getText()).contains("SUBDOMAIN", "Call the FR cyber desk", "France");
        assertThat(rows.get(0).getText())
                .as("DE's RED indicator is not shown to IT")
                .doesNotContain("Germany");
        assertThat(rows.get(1).findElement(By.className("outcome")).getText()).isEqualTo("NO HIT");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("results");
        Browser.screenshot(browser, "cyber-check");

        clickToNextPage(By.cssSelector("a.indicator-link[href$='" + indicator + "']"));
        assertThat(browser.findElement(By.id("pattern")).getText()).contains(domain);
        assertThat(browser.findElement(By.id("tlp")).getText()).isEqualTo("TLP:GREEN");
        assertThat(browser.findElement(By.id("owner")).getText()).contains("France");
        assertThat(browser.findElements(By.cssSelector("#versions .version"))).hasSize(1);
        WebElement graph = browser.findElement(By.id("graph"));
        assertThat(graph.findElement(By.tagName("title")).getAttribute("textContent"))
                .contains(indicator);
        List<String> nodes = browser.findElements(By.cssSelector("#graph a.graph-node")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
        assertThat(nodes).hasSize(2);
        assertThat(nodes).anyMatch(href -> href.endsWith("/cyber/indicators/" + sibling));
        assertThat(nodes).anyMatch(href -> href.contains(malware));
        String edges = browser.findElement(By.id("edges")).getText();
        assertThat(edges).contains("indicates", malwareName, "shares " + domain);
        String source = browser.getPageSource();
        assertThat(source)
                .as("a neighbour the viewer may not see is absent, not counted")
                .doesNotContain(hidden)
                .doesNotContain(hiddenMalware)
                .doesNotContain("Hidden family")
                .doesNotContain("Germany");
        Browser.screenshot(browser, "cyber-indicator");
        boolean nodeReached = false;
        for (int i = 0; i < 60 && !nodeReached; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            String cls = browser.switchTo().activeElement().getAttribute("class");
            nodeReached = cls != null && cls.contains("graph-node");
        }
        assertThat(nodeReached)
                .as("the graph's nodes are links reached by the keyboard")
                .isTrue();

        browser.findElement(By.id("sighting-count-input")).clear();
        browser.findElement(By.id("sighting-count-input")).sendKeys("3");
        browser.findElement(By.id("sighting-description")).sendKeys("seen in a mail campaign");
        pressToNextPage(By.id("file-sighting"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("Sighting filed", "FR");
        JsonNode owner = api.getReply("/api/v1/cyber/indicators/" + indicator, api.bearer("ncb-fr"))
                .json();
        assertThat(owner.get("sightings").get("count").asLong()).isEqualTo(3);
        assertThat(owner.get("sightings").get("bureaus").asLong()).isEqualTo(1);
    }

    @Test
    void theOwnersHitLeadsToTheIndicatorPageWithItsSightingsCounted() {
        String domain = Stix.domain();
        String indicator = Stix.id("indicator");
        imported(
                "ncb-fr",
                Stix.bundle(Stix.indicator(
                        indicator,
                        "[domain-name:value = '" + domain + "']",
                        "2026-01-01T00:00:00.000Z",
                        Stix.markings(Stix.TLP2_GREEN))));
        indexed("ncb-it", domain);

        signInAs("officer.fr");
        browser.get(url("/hits?kind=CYBER_INDICATOR&bureau=IT&status=OPEN"));
        clickToNextPage(By.cssSelector("a.hit-record[href$='/cyber/indicators/" + indicator + "']"));
        assertThat(browser.findElement(By.id("pattern")).getText()).contains(domain);
        assertThat(browser.findElement(By.id("sighting-count")).getText()).isEqualTo("0");
        assertThat(browser.findElements(By.id("sighting-form")))
                .as("the owner files no sighting of its own")
                .isEmpty();
    }

    @Test
    void aRestrictedIndicatorGivesTheSamePageAsOneThatNeverExisted() {
        String red = Stix.id("indicator");
        imported(
                "ncb-de",
                Stix.bundle(Stix.indicator(
                        red,
                        "[domain-name:value = '" + Stix.domain() + "']",
                        "2026-01-01T00:00:00.000Z",
                        Stix.markings(Stix.TLP2_RED))));
        signInAs("officer.it");
        browser.get(url("/cyber/indicators/" + red));
        String denied = browser.findElement(By.tagName("main")).getText();
        String deniedTitle = browser.getTitle();
        browser.get(url("/cyber/indicators/" + Stix.id("indicator")));
        assertThat(browser.findElement(By.tagName("main")).getText()).isEqualTo(denied);
        assertThat(browser.getTitle()).isEqualTo(deniedTitle);
        assertThat(denied).contains("404");
        browser.get(url("/cyber?text=" + red));
        assertThat(browser.findElements(By.id("no-objects"))).hasSize(1);
        assertThat(browser.findElements(By.id("objects"))).isEmpty();
    }

    @Test
    void aBundleIsImportedFromThePageAndABadOneIsRefusedNamingTheObjectAndField() throws IOException {
        String good = Stix.id("indicator");
        String domain = Stix.domain();
        Path goodFile = files.resolve("good.json");
        Files.writeString(
                goodFile,
                Stix.bundle(Stix.indicator(
                        good, "[domain-name:value = '" + domain + "']", "2026-01-01T00:00:00.000Z", "")));
        Path badFile = files.resolve("bad.json");
        Files.writeString(
                badFile,
                Stix.bundle(Stix.indicator(
                        Stix.id("indicator"), "[domain-name:value = 'x'", "2026-01-01T00:00:00.000Z", "")));

        signInAs("officer.fr");
        browser.get(url("/cyber/import"));
        browser.findElement(By.id("bundle-file")).sendKeys(badFile.toString());
        clickToNextPage(By.id("import"));
        assertThat(browser.findElement(By.id("problem")).getText()).contains("Nothing was imported");
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("objects[0].pattern");

        browser.findElement(By.id("bundle-file")).sendKeys(goodFile.toString());
        new Select(browser.findElement(By.id("import-audience"))).selectByValue("ONLY");
        browser.findElement(By.id("import-countries")).sendKeys("DE");
        clickToNextPage(By.id("import"));
        assertThat(browser.findElement(By.id("created")).getText()).isEqualTo("1");
        assertThat(api.getReply("/api/v1/cyber/indicators/" + good, api.bearer("ncb-de"))
                        .status())
                .isEqualTo(200);
        assertThat(api.getReply("/api/v1/cyber/indicators/" + good, api.bearer("ncb-it"))
                        .status())
                .as("the form's access applies to the object: DE only")
                .isEqualTo(404);

        browser.get(url("/cyber?type=indicator&text=" + domain));
        assertThat(browser.findElements(By.cssSelector("#objects .object-row"))).hasSize(1);
        assertThat(browser.findElement(By.id("counts-table")).getAttribute("textContent"))
                .contains("indicator");
        assertThat(browser.findElements(By.cssSelector("svg#chart-cyber-counts")))
                .hasSize(1);
    }

    @Test
    void badInputIsNamedOnThePageNeverAnError() throws IOException {
        signInAs("officer.fr");
        browser.get(url("/cyber?tlp=PURPLE&offset=-3"));
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("offset");
        browser.get(url("/cyber?tlp=PURPLE"));
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("tlp: must be one of");

        browser.get(url("/cyber/check"));
        browser.findElement(By.id("check")).click();
        waitFor(By.id("problem"));
        assertThat(browser.findElement(By.id("problem")).getText()).contains("paste at least one value");

        Path tooMany = files.resolve("many.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            lines.add("198.51.100." + (i % 250));
        }
        Files.write(tooMany, lines, StandardCharsets.UTF_8);
        browser.get(url("/cyber/check"));
        browser.findElement(By.id("check-file")).sendKeys(tooMany.toString());
        browser.findElement(By.id("check")).click();
        waitFor(By.id("problem"));
        assertThat(browser.findElement(By.id("problem")).getText()).isEqualTo("values: must hold 1 to 10000 values");

        Path binary = files.resolve("binary.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        browser.get(url("/cyber/check"));
        browser.findElement(By.id("check-file")).sendKeys(binary.toString());
        browser.findElement(By.id("check")).click();
        waitFor(By.id("problem"));
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("file: must be a text file");

        browser.get(url("/cyber/check"));
        browser.findElement(By.id("check-values")).sendKeys("ok.example\n" + "a".repeat(2049));
        browser.findElement(By.id("check")).click();
        waitFor(By.id("problem"));
        assertThat(browser.findElement(By.id("problem")).getText())
                .startsWith("Value 2: must be a value of 1 to 2,048");

        Path notJson = files.resolve("notjson.json");
        Files.writeString(notJson, "this is not a bundle");
        browser.get(url("/cyber/import"));
        browser.findElement(By.id("bundle-file")).sendKeys(notJson.toString());
        clickToNextPage(By.id("import"));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("body");

        browser.get(url("/cyber/import"));
        browser.findElement(By.id("bundle-file")).sendKeys(notJson.toString());
        browser.findElement(By.id("import-countries")).sendKeys("germany");
        clickToNextPage(By.id("import"));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("countries");
    }

    @Test
    void aListOfTenThousandValuesFromAFileIsAnsweredInFull() throws IOException {
        Path list = files.resolve("list.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add("10." + (i / 65536) + "." + (i / 256 % 256) + "." + (i % 256));
        }
        Files.write(list, lines, StandardCharsets.UTF_8);
        signInAs("officer.fr");
        browser.get(url("/cyber/check"));
        browser.findElement(By.id("check-file")).sendKeys(list.toString());
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("of 10,000 values matched");
        assertThat(browser.findElements(By.cssSelector("#check-results .check-result")))
                .hasSize(10_000);
    }

    @Test
    void everyControlIsReachableByKeyboard() {
        signInAs("officer.fr");
        browser.get(url("/cyber/check"));
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40 && !reached.contains("check"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached.add(browser.switchTo().activeElement().getAttribute("id"));
        }
        assertThat(reached).contains("tab-objects", "tab-check", "tab-import", "check-values", "check-file", "check");
    }
}
