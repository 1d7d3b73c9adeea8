package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What an operator sees of the journal's commits: their durations as a metric, and a warning for a slow one. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuditJournalIntegrationTest {

    @Autowired
    AuditJournal journal;

    @Autowired
    AuditLog log;

    @Autowired
    MeterRegistry meters;

    @Test
    void aSlowCommitIsTimedAndLogged(CapturedOutput output) {
        Timer commits = meters.get("interlink.audit.journal.commit").timer();
        long before = commits.count();
        long rows = log.size();
        AuditEntry entry = new AuditEntry("tester", "FR", Operation.READ, "person", "p-1", "test", Outcome.SUCCESS);

        journal.record(List.of(entry), () -> pause(AuditJournal.SLOW_COMMIT.toMillis() + 20));

        assertThat(log.size()).isEqualTo(rows + 1);
        assertThat(commits.count()).isGreaterThan(before);
        assertThat(commits.max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(AuditJournal.SLOW_COMMIT.toMillis());
        // the warning follows the callers' release
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!output.getOut().contains("An audit commit took") && System.nanoTime() < deadline) {
            pause(10);
        }
        assertThat(output.getOut()).contains("An audit commit took").contains("ms for 1 requests");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
