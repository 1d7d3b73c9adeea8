package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlink.ApiClient;
import org.interlink.Browser;
import org.interlink.BrowserTest;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** People at a browser: an editor drafts and submits, the reviewer decides beside the findings, the notice prints. */
@IntegrationTest
class NoticesBrowserTest extends BrowserTest {

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** Fills the offence and the warrant of a Red Notice on the request form. */
    private void fillRedNotice(String summary, String provision, String maxPenaltyMonths, String authority) {
        browser.findElement(By.id("summary")).sendKeys(summary);
        browser.findElement(By.id("legalProvision")).sendKeys(provision);
        browser.findElement(By.id("maxPenaltyMonths")).sendKeys(maxPenaltyMonths);
        browser.findElement(By.id("warrantReference")).sendKeys("MA-2025-77");
        browser.findElement(By.id("warrantIssuedOn")).sendKeys("2025-05-02");
        browser.findElement(By.id("warrantAuthority")).sendKeys(authority);
    }

    @Test
    void reviewerApprovesARequestSeenBesideTheGateFindingsAndPrintsIt() {
        String name = NoticesApiIntegrationTest.unique("REVIEWOV");
        String subject = """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "1971-03-02",
                 "nationalities": ["RU"], "description": "former minister of transport"}""".formatted(name);
        String fr = api.bearer("ncb-fr");
        ApiClient.Response draft = api.post(
                "/api/v1/notices",
                fr,
                "application/json",
                NoticeBodies.red(
                        subject,
                        "Embezzlement of EUR 40 M of public funds in Paris between 2019 and 2022 through fake"
                                + " contracts",
                        120,
                        false));
        String id = draft.json().get("id").asString();
        assertThat(api.post("/api/v1/notices/" + id + "/submit", fr, "application/json", "")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");

        signInAs("reviewer");
        browser.findElement(By.linkText("Notices")).click();
        browser.findElement(By.id("review-queue")).click();
        browser.findElement(By.linkText(name)).click();

        assertThat(browser.findElement(By.id("subject-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("request")).getText()).contains("Embezzlement", "MA-2025-0042");
        String findings = browser.findElement(By.id("findings")).getText();
        assertThat(findings).contains("ART3-SUBJECT-STATUS", "\"former minister of transport\"");
        Browser.screenshot(browser, "notice-review");

        browser.findElement(By.id("decision-approve")).click();
        browser.findElement(By.id("decision-reason"))
                .sendKeys("Ordinary-law crime; the flag was weighed: no" + " political predominance");
        clickToNextPage(By.id("decide"));

        assertThat(browser.findElement(By.id("message")).getText()).contains("published");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Published");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Approved by reviewer (GS)", "Published");
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("ncb-de")).status())
                .isEqualTo(200);

        browser.findElement(By.id("message-link")).click();
        assertThat(browser.findElement(By.id("refType")).getAttribute("value")).isEqualTo("NOTICE");
        assertThat(browser.findElement(By.id("refId")).getAttribute("value")).isEqualTo(id);
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).contains(name);
        browser.navigate().back();

        browser.findElement(By.id("print-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/print"));
        assertThat(browser.findElement(By.id("band")).getCssValue("background-color"))
                .isEqualTo("rgba(200, 16, 46, 1)");
        assertThat(browser.findElement(By.id("notice-title")).getText()).isEqualToIgnoringCase("Red Notice");
        assertThat(browser.findElement(By.id("notice-subject")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("particulars")).getText()).contains("1971-03-02", "Russia");
        assertThat(browser.findElement(By.id("facts")).getText()).contains("Embezzlement", "10 years");
        assertThat(browser.findElement(By.id("requester")).getText()).isEqualTo("France");
        Browser.screenshot(browser, "notice-print");
    }

    @Test
    void editorDraftsARequestAndTheGateStopsATwelveMonthPenalty() {
        signInAs("officer.fr");
        browser.get(url("/notices/new"));
        String name = NoticesApiIntegrationTest.unique("FORMOV");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("dateOfBirth")).sendKeys("1980-01-31");
        browser.findElement(By.id("nationalities")).sendKeys("UA");
        fillRedNotice(
                "Theft of a bicycle in Nantes on 4 April 2025 from a locked garage of an apartment block",
                "Art. 311-3 Code pénal",
                "12",
                "Tribunal judiciaire de Nantes");
        browser.findElement(By.id("request-form")).submit();

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
        clickToNextPage(By.id("submit"));

        assertThat(browser.findElement(By.id("message")).getText()).contains("now draft");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
        assertThat(browser.findElement(By.id("findings")).getText())
                .contains("RED-PENALTY-THRESHOLD", "BLOCKING", "punishable by 12 months");
        Browser.screenshot(browser, "notice-gate-blocked");
    }

    @Test
    void editorIsToldEveryProblemOfTheFormAtOnce() {
        signInAs("officer.fr");
        browser.get(url("/notices/new"));
        browser.findElement(By.id("name")).sendKeys("Ivan PETROV");
        browser.findElement(By.id("maxPenaltyMonths")).sendKeys("10 years");
        browser.findElement(By.id("warrantIssuedOn")).sendKeys("2999-01-01");
        browser.findElement(By.id("request-form")).submit();
        String errors = browser.findElement(By.id("form-errors")).getText();
        assertThat(errors)
                .contains(
                        "offence.maxPenaltyMonths",
                        "\"10 years\"",
                        "warrant.issuedOn",
                        "offence.summary",
                        "warrant.authority");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ivan PETROV");
    }

    @Test
    void theFormRefusesANoticeWiderThanItsSubjectsRecord() {
        ApiClient.Response person = api.post("/api/v1/persons", api.bearer("ncb-fr"), "application/json", """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "dateOfBirth": "1971-03-02",
                 "access": {"classification": "OFFICIAL", "audience": "ONLY", "countries": ["IT", "DE"]}}""".formatted(
                        NoticesApiIntegrationTest.unique("FORMWIDOV")));
        assertThat(person.status()).as(person.body()).isEqualTo(201);

        signInAs("officer.fr");
        browser.get(url("/notices/new"));
        browser.findElement(By.id("personId")).sendKeys(person.json().get("id").asString());
        fillRedNotice(
                "Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices",
                "Art. 311-9 Code pénal",
                "120",
                "Juge d'instruction, Lyon");
        browser.findElement(By.id("request-form")).submit();

        String errors = browser.findElement(By.id("form-errors")).getText();
        assertThat(errors)
                .contains("The request was not saved", "access", "wider than the subject's person record")
                .contains("OFFICIAL, ONLY DE, IT");
        Browser.screenshot(browser, "notice-wider-than-record");

        new Select(browser.findElement(By.id("audience"))).selectByVisibleText("As the subject's record");
        browser.findElement(By.id("request-form")).submit();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
        assertThat(browser.findElement(By.id("request")).getText())
                .as("the request took its record's restriction")
                .contains("access Official · Only DE — Germany, IT — Italy");
    }

    @Test
    void reviewerSeesTheEarlierArticle3FindingsAndWhatChangedSince() {
        String fr = api.bearer("ncb-fr");
        String gs = api.bearer("gs");
        String json = "application/json";
        String name = NoticesApiIntegrationTest.unique("EDITOV");
        String flagged = "Publicly insulting the head of state during a rally in Lyon on 3 May 2025 and"
                + " assaulting two police officers with an iron bar";
        String id = api.post(
                        "/api/v1/notices", fr, json, NoticeBodies.red(NoticeBodies.person(name), flagged, 120, false))
                .json()
                .get("id")
                .asString();
        JsonNode submitted =
                api.post("/api/v1/notices/" + id + "/submit", fr, json, "").json();
        assertThat(submitted.get("findings").findValuesAsString("rule")).contains("ART3-POLITICAL");
        api.post(
                "/api/v1/notices/" + id + "/review",
                gs,
                json,
                "{\"decision\": \"RETURN\", \"reason\": \"State the ordinary-law offence only\"}");
        String personId = api.get("/api/v1/notices/" + id, fr)
                .json()
                .get("subject")
                .get("personId")
                .asString();
        String corrected = "Assaulting two police officers with an iron bar during a rally in Lyon on 3 May 2025,"
                + " causing serious injuries";
        ApiClient.Reply put = api.exchange(
                "PUT",
                "/api/v1/notices/" + id,
                fr,
                java.net.http.HttpRequest.BodyPublishers.ofString(
                        NoticeBodies.red("{\"personId\": \"" + personId + "\"}", corrected, 120, false)),
                "Content-Type",
                json);
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(api.post("/api/v1/notices/" + id + "/submit", fr, json, "")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");

        signInAs("reviewer");
        browser.get(url("/notices/" + id));
        assertThat(browser.findElement(By.id("earlier-mark")).getText()).isEqualTo("previously flagged (Art. 3)");
        assertThat(browser.findElement(By.id("earlier-findings")).getText())
                .contains("ART3-POLITICAL", "head of state");
        String changes = browser.findElement(By.id("changes")).getText();
        assertThat(changes).contains("offence.summary", flagged, corrected);
        assertThat(changes).doesNotContain("warrant.reference");
        assertThat(browser.findElement(By.id("record-access")).getText())
                .contains("Official · All member countries", "FR — France");
        Browser.screenshot(browser, "notice-review-earlier-findings");
    }

    @Test
    void thePublicSearchesConsentedNoticesWithoutSigningIn() {
        browser.get(url("/public/notices"));
        browser.findElement(By.id("name")).sendKeys("KRAMAREV");
        browser.findElement(By.id("search")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("name=KRAMAREV"));
        assertThat(browser.findElement(By.id("total")).getText()).startsWith("1 ");
        assertThat(browser.findElement(By.cssSelector(".public-notice")).getText())
                .contains("KRAMAREV", "Viktor", "Armed robbery");
        assertThat(browser.getPageSource()).doesNotContain("Sign out");
        Browser.screenshot(browser, "public-notices");
    }

    @Test
    void editorCorrectsAReturnedRequestAndSubmitsItAgain() {
        String fr = api.bearer("ncb-fr");
        String name = NoticesApiIntegrationTest.unique("RETURNOV");
        String id = api.post("/api/v1/notices", fr, "application/json", NoticeBodies.red(name, 120, false))
                .json()
                .get("id")
                .asString();
        api.post("/api/v1/notices/" + id + "/submit", fr, "application/json", "");
        api.post(
                "/api/v1/notices/" + id + "/review",
                api.bearer("gs"),
                "application/json",
                "{\"decision\": \"RETURN\", \"reason\": \"Say where the robbery took place\"}");

        signInAs("officer.fr");
        browser.get(url("/notices/" + id));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Returned for changes");
        assertThat(browser.findElement(By.id("reason")).getText()).isEqualTo("Say where the robbery took place");
        browser.findElement(By.id("edit")).click();
        assertThat(browser.findElement(By.id("personId")).getAttribute("value"))
                .as("the recorded subject is kept, not recorded again")
                .isNotBlank();
        browser.findElement(By.id("summary")).sendKeys(" — in the Rue de la République, Lyon 2e");
        browser.findElement(By.id("request-form")).submit();
        assertThat(browser.findElement(By.id("message")).getText()).contains("submit it again");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
        clickToNextPage(By.id("submit"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("now submitted");
        assertThat(browser.findElement(By.id("request")).getText()).contains("Rue de la République");
    }

    @Test
    void borderOfficerMeetsAPublishedNoticeAndOpensIt() {
        String name = NoticesApiIntegrationTest.unique("BORDEROV");
        String id = NoticeScreeningIntegrationTest.publish(api, NoticeBodies.red(name, 120, false));
        JsonNode screened = NoticeScreeningIntegrationTest.screenedUntilListed(
                api, api.bearer("ncb-de"), "{\"name\": \"" + name + "\"}", id);
        assertThat(NoticeScreeningIntegrationTest.notice(screened, id))
                .as("indexed for screening")
                .isNotNull();

        signInAs("officer.de");
        browser.get(url("/screening"));
        browser.findElement(By.id("query")).sendKeys(name, Keys.ENTER);
        By link = By.cssSelector("#matches a.match-record[href='/notices/" + id + "']");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(link));
        assertThat(browser.findElement(link).getText())
                .isEqualTo("red notice: Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices,"
                        + " stealing jewels worth EUR 2 M");
        Browser.screenshot(browser, "border-console-notice");
        clickToNextPage(link);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Published");

        browser.manage().deleteAllCookies();
        signInAs("officer.fr");
        browser.get(url("/hits"));
        clickToNextPage(By.cssSelector("#hit-list a.hit-record[href='/notices/" + id + "']"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Published");
    }
}
