package org.interlink.notices;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlink.common.Chart;
import org.interlink.common.Statistic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The review backlog as a chart: notice and diffusion requests awaiting the General Secretariat's review, by how long
 * they have waited. A bureau sees its own requests; the General Secretariat sees all of them.
 */
@Configuration(proxyBeanMethods = false)
class NoticeStatistics {

    @Bean
    Statistic reviewBacklog(NamedParameterJdbcTemplate jdbc) {
        return Statistic.of(40, viewer -> {
            boolean gs = viewer.isGeneralSecretariat();
            Instant now = Instant.now();
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("day", Timestamp.from(now.minus(Duration.ofDays(1))));
            parameters.put("days", Timestamp.from(now.minus(Duration.ofDays(3))));
            parameters.put("week", Timestamp.from(now.minus(Duration.ofDays(7))));
            parameters.put("owner", viewer.bureau());
            List<Long> counts = new ArrayList<>();
            jdbc.query(
                    "SELECT count(*) FILTER (WHERE submitted_at >= :day) AS day,"
                            + " count(*) FILTER (WHERE submitted_at < :day AND submitted_at >= :days) AS days,"
                            + " count(*) FILTER (WHERE submitted_at < :days AND submitted_at >= :week) AS week,"
                            + " count(*) FILTER (WHERE submitted_at < :week) AS longer"
                            + " FROM notices WHERE status = 'SUBMITTED'" + (gs ? "" : " AND owner = :owner"),
                    parameters,
                    rs -> {
                        for (String column : List.of("day", "days", "week", "longer")) {
                            counts.add(rs.getLong(column));
                        }
                    });
            return new Chart(
                    "review-backlog",
                    "Review backlog",
                    (gs ? "Every bureau's" : "Your bureau's")
                            + " notice and diffusion requests awaiting review, by how long they have waited.",
                    Chart.Style.BARS,
                    List.of("under 1 day", "1 to 3 days", "3 to 7 days", "over 7 days"),
                    List.of(new Chart.Series("requests", counts)));
        });
    }
}
