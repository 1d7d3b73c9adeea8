package org.interlink.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many operations of a kind the log holds per day: the statistics of processing (e.g. checks per day) read from
 * the one place every operation is recorded.
 */
@Component
public class AuditCounts {

    private final JdbcTemplate jdbc;

    AuditCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Operations per UTC day from {@code from} to today, of one bureau or of all.
     *
     * @param bureau alpha-2 code or {@code GS}; null counts every bureau
     * @return the count of each day that has any; days without are absent
     */
    public Map<LocalDate, Long> perDay(Operation operation, @Nullable String bureau, LocalDate from) {
        Timestamp since = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        String sql = "SELECT CAST(at AT TIME ZONE 'UTC' AS date) AS day, count(*) AS n FROM audit_log"
                + " WHERE operation = ? AND at >= ?" + (bureau == null ? "" : " AND bureau = ?")
                + " GROUP BY day";
        Object[] parameters = bureau == null
                ? new Object[] {operation.name(), since}
                : new Object[] {operation.name(), since, bureau};
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    counts.put(rs.getObject("day", LocalDate.class), rs.getLong("n"));
                },
                parameters);
        return counts;
    }
}
