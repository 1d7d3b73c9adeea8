package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records past review are marked, extended by their owner with a reason, or deleted 30 days later with an audit row. */
@IntegrationTest
class RetentionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Retention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void markedRecordsAreExtendedByTheirOwnerOrDeletedThirtyDaysLater() {
        RecordsApi api = new RecordsApi(port);
        String kept = create(api, "Kept REVIEWED");
        String forgotten = create(api, "Forgotten UNREVIEWED");
        jdbc.update("UPDATE records SET review_by = DATE '2020-01-01' WHERE id IN (?, ?)", kept, forgotten);

        Instant now = Instant.now();
        assertThat(retention.run(now).marked()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("BE", "/api/v1/persons/" + kept).json().has("reviewDueSince"))
                .isTrue();
        assertThat(api.get("BE", "/api/v1/persons?mine=true&q=unreviewed").status())
                .isEqualTo(200);

        String until = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        RecordsApi.Response extended = api.send(
                "BE",
                "POST",
                "/api/v1/persons/" + kept + "/review",
                "application/json",
                ("{\"reviewBy\": \"" + until + "\", \"reason\": \"investigation still open\"}").getBytes(),
                Map.of());
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().has("reviewDueSince")).isFalse();
        assertThat(extended.json().get("reviewBy").asString()).isEqualTo(until);
        assertThat(api.send(
                                "DE",
                                "POST",
                                "/api/v1/persons/" + forgotten + "/review",
                                "application/json",
                                ("{\"reviewBy\": \"" + until + "\", \"reason\": \"not mine\"}").getBytes(),
                                Map.of())
                        .status())
                .as("only the owner extends")
                .isEqualTo(403);

        Retention.Result later = retention.run(now.plus(Duration.ofDays(31)));
        assertThat(later.deleted()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM records WHERE id = ?", Long.class, forgotten))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM records WHERE id = ?", Long.class, kept))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT actor FROM audit_log WHERE object_id = ? AND operation = 'DELETE'",
                        String.class,
                        forgotten))
                .isEqualTo("retention");
    }

    private static String create(RecordsApi api, String name) {
        RecordsApi.Response created = api.post(
                "BE", "/api/v1/persons", "{\"names\": [{\"value\": \"" + name + "\", \"type\": \"PRIMARY\"}]}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
