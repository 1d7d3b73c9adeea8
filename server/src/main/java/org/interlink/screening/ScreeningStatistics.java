package org.interlink.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlink.audit.AuditCounts;
import org.interlink.audit.Operation;
import org.interlink.common.Chart;
import org.interlink.common.Statistic;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Screening's charts: checks and the hits they raised per day, hits by outcome, and open hits against their deadlines.
 * A bureau sees its own checks, the hits its checks raised that it was shown (never a silent one) and the hits on its
 * records it must answer; the General Secretariat sees every bureau's, on the items it may see.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningStatistics {

    static final int DAYS = 14;

    @Bean
    Statistic checksAndHitsPerDay(AuditCounts audit, JdbcTemplate jdbc) {
        return Statistic.of(10, viewer -> {
            LocalDate today = LocalDate.now(Clock.systemUTC());
            List<LocalDate> days = Chart.days(today, DAYS);
            String bureau = viewer.isGeneralSecretariat() ? null : viewer.bureau();
            Map<LocalDate, Long> checks = audit.perDay(Operation.SCREEN, bureau, days.getFirst());
            Map<LocalDate, Long> hits = new HashMap<>();
            jdbc.query(
                    "SELECT CAST(created_at AT TIME ZONE 'UTC' AS date) AS day, count(*) AS n FROM hits"
                            + " WHERE created_at >= ?"
                            + (bureau == null
                                    ? " AND " + HitRows.SECRETARIAT_SEES
                                    : " AND searcher_bureau = ? AND NOT silent")
                            + " GROUP BY day",
                    rs -> {
                        hits.put(rs.getObject("day", LocalDate.class), rs.getLong("n"));
                    },
                    bureau == null ? new Object[] {start(days)} : new Object[] {start(days), bureau});
            return new Chart(
                    "checks-per-day",
                    "Checks and hits per day",
                    (bureau == null ? "Checks by every bureau" : "Checks by your bureau")
                            + " and the hits they raised, per UTC day over the last " + DAYS + " days.",
                    Chart.Style.LINES,
                    days.stream().map(Chart::label).toList(),
                    List.of(
                            new Chart.Series("checks", perDay(days, checks)),
                            new Chart.Series("hits", perDay(days, hits))));
        });
    }

    @Bean
    Statistic hitsByOutcome(JdbcTemplate jdbc) {
        return Statistic.of(20, viewer -> {
            String bureau = viewer.isGeneralSecretariat() ? null : viewer.bureau();
            Map<String, Long> byStatus = new HashMap<>();
            jdbc.query(
                    "SELECT status, count(*) AS n FROM hits WHERE "
                            + (bureau == null ? HitRows.SECRETARIAT_SEES : "owner = ?")
                            + " GROUP BY status",
                    rs -> {
                        byStatus.put(rs.getString("status"), rs.getLong("n"));
                    },
                    bureau == null ? new Object[0] : new Object[] {bureau});
            return new Chart(
                    "hits-by-outcome",
                    "Hits by outcome",
                    (bureau == null ? "Every hit" : "The hits on your bureau's records")
                            + ": still open, confirmed by the owner, or dismissed as a different person or item.",
                    Chart.Style.BARS,
                    List.of("open", "confirmed", "dismissed"),
                    List.of(new Chart.Series(
                            "hits",
                            List.of(
                                    byStatus.getOrDefault("OPEN", 0L),
                                    byStatus.getOrDefault("CONFIRMED", 0L),
                                    byStatus.getOrDefault("DISMISSED", 0L)))));
        });
    }

    @Bean
    Statistic openHitsByDeadline(JdbcTemplate jdbc) {
        return Statistic.of(30, viewer -> {
            String bureau = viewer.isGeneralSecretariat() ? null : viewer.bureau();
            Instant now = Instant.now();
            List<Long> counts = new ArrayList<>();
            jdbc.query(
                    "SELECT count(*) FILTER (WHERE deadline < ?) AS overdue,"
                            + " count(*) FILTER (WHERE deadline >= ? AND deadline < ?) AS hour,"
                            + " count(*) FILTER (WHERE deadline >= ? AND deadline < ?) AS hours,"
                            + " count(*) FILTER (WHERE deadline >= ?) AS later"
                            + " FROM hits WHERE status = 'OPEN' AND "
                            + (bureau == null ? HitRows.SECRETARIAT_SEES : "owner = ?"),
                    rs -> {
                        for (String column : List.of("overdue", "hour", "hours", "later")) {
                            counts.add(rs.getLong(column));
                        }
                    },
                    deadlineParameters(now, bureau));
            return new Chart(
                    "open-hits-deadlines",
                    "Open hits against their deadlines",
                    (bureau == null ? "Every open hit" : "The open hits your bureau must answer")
                            + " by the time left before the owner's 12-hour deadline.",
                    Chart.Style.BARS,
                    List.of("overdue", "under 1 hour left", "1 to 4 hours left", "over 4 hours left"),
                    List.of(new Chart.Series("open hits", counts)));
        });
    }

    private static Object[] deadlineParameters(Instant now, @Nullable String bureau) {
        Timestamp at = Timestamp.from(now);
        Timestamp hour = Timestamp.from(now.plus(Duration.ofHours(1)));
        Timestamp fourHours = Timestamp.from(now.plus(Duration.ofHours(4)));
        List<Object> parameters = new ArrayList<>(List.of(at, at, hour, hour, fourHours, fourHours));
        if (bureau != null) {
            parameters.add(bureau);
        }
        return parameters.toArray();
    }

    private static Timestamp start(List<LocalDate> days) {
        return Timestamp.from(days.getFirst().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static List<Long> perDay(List<LocalDate> days, Map<LocalDate, Long> counts) {
        return days.stream().map(day -> counts.getOrDefault(day, 0L)).toList();
    }
}
