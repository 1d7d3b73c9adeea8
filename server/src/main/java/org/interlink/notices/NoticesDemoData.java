package org.interlink.notices;

import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.common.NoExternalDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Demo mode: on a fresh embedded database, after the members and the records, a few made-up notices through the real
 * workflow (so the gate, the audit and the events run as for any request): published Red and Yellow notices with
 * public extracts, a request awaiting review with an Article 3 flag, a draft the gate stopped, a diffusion to DE and
 * IT, and a Blue Notice.
 */
@Component
class NoticesDemoData {

    private static final Logger log = LoggerFactory.getLogger(NoticesDemoData.class);

    private static final Viewer REVIEWER =
            new Viewer("reviewer", Viewer.GENERAL_SECRETARIAT, Set.of("REVIEWER"), Classification.CONFIDENTIAL);

    private final NoticeWorkflow workflow;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final boolean enabled;

    NoticesDemoData(
            NoticeWorkflow workflow,
            JdbcTemplate jdbc,
            Environment environment,
            @Value("${interlink.demo.enabled:true}") boolean demo,
            @Value("${interlink.demo.notices.enabled:true}") boolean notices) {
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.environment = environment;
        this.enabled = demo && notices;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seedFreshDatabase() {
        if (!enabled || !NoExternalDatabase.isEmbedded(environment) || !isDemo() || hasNotices()) {
            return;
        }
        publish(
                "FR",
                red(
                        "Viktor KRAMAREV",
                        "1979-04-12",
                        "UA",
                        "Armed robbery of a jewellery shop in Lyon on"
                                + " 3 May 2025 with two accomplices, stealing jewels worth EUR 2 M",
                        240,
                        true));
        publish("IT", """
                {"type": "YELLOW",
                 "subject": {"names": [{"value": "Giulia FERRANTE", "type": "PRIMARY"}], "sex": "F",
                             "dateOfBirth": "2009-08-30", "nationalities": ["IT"]},
                 "event": {"date": "2026-09-14", "place": "Genova",
                           "circumstances": "Left school at 13:00 and did not come home; last seen at the railway station"},
                 "publicExtract": true}""");
        publish("NL", """
                {"type": "BLUE", "purpose": "LOCATE",
                 "subject": {"names": [{"value": "Pieter VAN DAMME", "type": "PRIMARY"}], "sex": "M",
                             "dateOfBirth": "1985", "nationalities": ["NL", "BE"]},
                 "offence": {"summary": "Suspected of laundering the proceeds of cocaine trafficking through Rotterdam between 2023 and 2025"}}""");
        submit(
                "ES",
                red(
                        "Tomás ARRIETA",
                        "1968-02-02",
                        "ES",
                        "Publicly insulting the head of state during a rally in"
                                + " Madrid on 1 May 2025; the subject is a journalist",
                        36,
                        false));
        String blocked = create(
                "DE",
                red(
                        "Holger BRANDT",
                        "1990-11-11",
                        "DE",
                        "Theft of a bicycle in Hamburg on" + " 4 April 2025 from a locked garage of an apartment block",
                        12,
                        false),
                false);
        workflow.submit(editor("DE"), blocked);
        create(
                "FR",
                red(
                                "Samir HADDAD",
                                "1983-06-21",
                                "MA",
                                "Armed robbery of a cash transport van near Marseille on"
                                        + " 12 January 2026 with automatic weapons",
                                360,
                                false)
                        .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\", \"IT\"]"),
                true);
        log.info("Demo notices seeded: 3 published, 1 awaiting review, 1 stopped by the gate, 1 diffusion");
    }

    private static String red(
            String name, String born, String nationality, String summary, int months, boolean publicExtract) {
        return """
                {"type": "RED",
                 "subject": {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "%s",
                             "nationalities": ["%s"]},
                 "offence": {"summary": "%s", "legalProvision": "Penal Code", "maxPenaltyMonths": %d},
                 "warrant": {"reference": "AW-2025-%04d", "issuedOn": "2025-06-01", "authority": "Investigating judge"},
                 "publicExtract": %b}""".formatted(
                        name, born, nationality, summary, months, Math.abs(name.hashCode() % 10000), publicExtract);
    }

    private void publish(String bureau, String body) {
        String id = submit(bureau, body);
        workflow.review(REVIEWER, id, "APPROVE", "Meets the rules (demo)");
    }

    private String submit(String bureau, String body) {
        String id = create(bureau, body, false);
        workflow.submit(editor(bureau), id);
        return id;
    }

    private String create(String bureau, String body, boolean diffusion) {
        JsonNode json = Notices.JSON.readTree(body);
        return workflow.create(editor(bureau), json, diffusion).id();
    }

    private static Viewer editor(String bureau) {
        return new Viewer(
                "officer." + bureau.toLowerCase(java.util.Locale.ROOT),
                bureau,
                Set.of("EDITOR", "OFFICER"),
                Classification.RESTRICTED);
    }

    private boolean isDemo() {
        return !jdbc.queryForList("SELECT value FROM settings WHERE name = 'demo'", String.class)
                .isEmpty();
    }

    private boolean hasNotices() {
        return !jdbc.queryForList("SELECT id FROM notices LIMIT 1", String.class)
                .isEmpty();
    }
}
