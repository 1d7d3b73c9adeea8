package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statistics page draws the bureau's figures from the database, and the home page's tiles open their lists. */
@IntegrationTest
class StatisticsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChartsCountTheBureausChecksAndHits() {
        signInAs("officer.fr");
        browser.findElement(By.linkText("Statistics")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Statistics"));
        long checksBefore = today("checks-per-day", "checks");

        ApiClient api = new ApiClient(port);
        String token = api.bearer("ncb-fr");
        for (int i = 0; i < 3; i++) {
            String name = "Nobody Recorded " + UUID.randomUUID().toString().replaceAll("[0-9-]", "q");
            ApiClient.Response checked =
                    api.post("/api/v1/screening/persons", token, "application/json", "{\"name\": \"" + name + "\"}");
            assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        }
        browser.navigate().refresh();

        assertThat(today("checks-per-day", "checks")).isEqualTo(checksBefore + 3);
        assertThat(today("checks-per-day", "hits"))
                .isEqualTo(count("SELECT count(*) FROM hits WHERE searcher_bureau = 'FR' AND NOT silent"
                        + " AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"));
        // The drawing says the same as the table: today's point of the checks line.
        List<WebElement> points =
                browser.findElements(By.cssSelector("#chart-checks-per-day circle[data-series='checks']"));
        assertThat(points).hasSize(14);
        assertThat(Long.parseLong(points.getLast().getAttribute("data-value"))).isEqualTo(checksBefore + 3);

        assertThat(value("hits-by-outcome", "open", "hits"))
                .isEqualTo(count("SELECT count(*) FROM hits WHERE owner = 'FR' AND status = 'OPEN'"));
        assertThat(value("review-backlog", "under 1 day", "requests"))
                .isEqualTo(count("SELECT count(*) FROM notices WHERE owner = 'FR' AND status = 'SUBMITTED'"
                        + " AND submitted_at >= now() - interval '1 day'"));
        for (String chart : List.of(
                "checks-per-day", "hits-by-outcome", "open-hits-deadlines", "review-backlog", "imports-per-day")) {
            WebElement svg = browser.findElement(By.id("chart-" + chart));
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby"))
                    .isEqualTo("chart-" + chart + "-title chart-" + chart + "-desc");
        }
        Browser.screenshot(browser, "statistics");
    }

    @Test
    void theHomePagesTilesOpenTheirLists() {
        signInAs("officer.fr");
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.linkText("Travel documents you may see")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.getCurrentUrl()).endsWith("/records?kind=documents");
        assertThat(browser.findElement(By.id("kind")).getAttribute("value")).isEqualTo("documents");
        browser.get(url("/"));
        clickToNextPage(By.linkText("Open hits on this bureau's records"));
        assertThat(browser.getCurrentUrl()).endsWith("/hits");
    }

    /** Today's value (the last day) of a series in a chart's table. */
    private long today(String chart, String series) {
        List<WebElement> cells =
                browser.findElements(By.cssSelector("#table-" + chart + " tbody tr td[data-series='" + series + "']"));
        return number(cells.getLast());
    }

    private long value(String chart, String category, String series) {
        for (WebElement row : browser.findElements(By.cssSelector("#table-" + chart + " tbody tr"))) {
            if (row.findElement(By.tagName("th")).getAttribute("textContent").equals(category)) {
                return number(row.findElement(By.cssSelector("td[data-series='" + series + "']")));
            }
        }
        throw new AssertionError("no row " + category + " in " + chart);
    }

    private static long number(WebElement cell) {
        return Long.parseLong(cell.getAttribute("textContent").replace(",", "").strip());
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
