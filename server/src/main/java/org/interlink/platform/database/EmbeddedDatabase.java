package org.interlink.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL server and the data-directory lock it runs under. Closing stops the server cleanly, then
 * releases the lock.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path directory = dataDir.resolve("postgres");
            OrphanedPostmaster.stopIfRunning(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns these off for throwaway test databases; a police system must not lose
                    // an acknowledged write in a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    // Bulk imports and attachments write WAL fast: with the default 1 GB a checkpoint came every
                    // few seconds during an import, and every page touched after a checkpoint is written to the
                    // WAL whole again (full-page writes). Fewer, longer checkpoints cost at most 4 GB of disk in
                    // pg_wal and a longer crash recovery (seconds), not durability.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("wal_buffers", "32MB")
                    .setServerConfig("listen_addresses", "localhost");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(lock, builder.start());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
