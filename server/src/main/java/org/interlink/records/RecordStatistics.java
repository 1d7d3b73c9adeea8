package org.interlink.records;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlink.common.Chart;
import org.interlink.common.Statistic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Imports as a chart: per UTC day, the records the bureau's imports created or updated and the lines they rejected.
 * The General Secretariat sees every bureau's imports.
 */
@Configuration(proxyBeanMethods = false)
class RecordStatistics {

    static final int DAYS = 14;

    @Bean
    Statistic importsPerDay(NamedParameterJdbcTemplate jdbc) {
        return Statistic.of(50, viewer -> {
            boolean gs = viewer.isGeneralSecretariat();
            List<LocalDate> days = Chart.days(LocalDate.now(ZoneOffset.UTC), DAYS);
            Map<LocalDate, Long> written = new HashMap<>();
            Map<LocalDate, Long> rejected = new HashMap<>();
            jdbc.query(
                    "SELECT CAST(started_at AT TIME ZONE 'UTC' AS date) AS day, sum(created + updated) AS written,"
                            + " sum(rejected) AS rejected FROM record_imports WHERE started_at >= :from"
                            + (gs ? "" : " AND owner = :owner") + " GROUP BY day",
                    Map.of(
                            "from",
                            java.sql.Timestamp.from(
                                    days.getFirst().atStartOfDay(ZoneOffset.UTC).toInstant()),
                            "owner",
                            viewer.bureau()),
                    rs -> {
                        LocalDate day = rs.getObject("day", LocalDate.class);
                        written.put(day, rs.getLong("written"));
                        rejected.put(day, rs.getLong("rejected"));
                    });
            return new Chart(
                    "imports-per-day",
                    "Imports per day",
                    (gs ? "Every bureau's" : "Your bureau's")
                            + " imports per UTC day over the last " + DAYS
                            + " days: records created or updated, and lines rejected.",
                    Chart.Style.BARS,
                    days.stream().map(Chart::label).toList(),
                    List.of(
                            new Chart.Series(
                                    "records written",
                                    days.stream()
                                            .map(d -> written.getOrDefault(d, 0L))
                                            .toList()),
                            new Chart.Series(
                                    "lines rejected",
                                    days.stream()
                                            .map(d -> rejected.getOrDefault(d, 0L))
                                            .toList())));
        });
    }
}
