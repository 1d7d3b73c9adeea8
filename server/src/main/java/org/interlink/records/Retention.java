package org.interlink.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: every day, records past their review date are marked; the owner sees them on the review page and extends
 * (with a reason) or deletes them. Records still marked 30 days later are deleted, each with an audit row and a
 * {@link RecordDeleted} event. Safe on several nodes: marking is one idempotent update, deleting locks each row.
 */
@Component
class Retention {

    static final Duration GRACE = Duration.ofDays(30);
    static final String ACTOR = "retention";

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RecordRows rows;
    private final Records records;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    Retention(RecordRows rows, Records records, PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${interlink.records.retention.cron:0 30 2 * * *}", zone = "UTC")
    void daily() {
        Result result = run(clock.instant());
        log.info(
                "Retention: {} records marked for review, {} deleted after 30 days", result.marked(), result.deleted());
    }

    /** What one run did. */
    record Result(int marked, int deleted) {}

    /** Marks records past their review date at {@code now}, deletes those marked more than 30 days before. */
    Result run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Integer marked = transactions.execute(status -> rows.markReviewDue(today, now));
        Instant cutoff = now.minus(GRACE);
        int deleted = 0;
        while (true) {
            List<StoredRecord> overdue = rows.overdue(cutoff, 500);
            if (overdue.isEmpty()) {
                break;
            }
            for (StoredRecord candidate : overdue) {
                Boolean erased = transactions.execute(status -> rows.lock(candidate.id())
                        .filter(r ->
                                r.reviewDueSince() != null && r.reviewDueSince().isBefore(cutoff))
                        .map(r -> {
                            records.erase(
                                    r,
                                    ACTOR,
                                    r.owner(),
                                    "retention: review date " + r.reviewBy() + " passed, not extended in 30 days");
                            return true;
                        })
                        .orElse(false));
                if (Boolean.TRUE.equals(erased)) {
                    deleted++;
                }
            }
        }
        return new Result(marked == null ? 0 : marked, deleted);
    }
}
