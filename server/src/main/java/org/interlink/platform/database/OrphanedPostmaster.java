package org.interlink.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running by a previous run of the application that was killed ({@code kill -9}):
 * its postmaster keeps the data directory, and a new start would wait and then fail on {@code postmaster.pid}. Only
 * called while holding the {@link DataDirectoryLock}, so the postmaster found cannot belong to a live Interlink.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(OrphanedPostmaster::isPostgres).ifPresent(process -> {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDirectory);
            process.destroy(); // SIGTERM: a "smart" shutdown that keeps the data consistent
            waitFor(process, Duration.ofSeconds(20));
            if (process.isAlive()) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
        });
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static void waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // still alive: the caller escalates
        }
    }
}
