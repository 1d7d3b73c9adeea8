package org.interlink.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database after the application is killed with {@code kill -9}: the orphaned PostgreSQL is stopped, the
 * next start recovers within seconds, and an acknowledged write is still there.
 */
class EmbeddedDatabaseRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void recoversAfterTheApplicationIsKilled() throws Exception {
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // skip the child's start-up output
            }
            assertThat(line).as("the child started its database").isEqualTo("READY");
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .getFirst()
                .trim());

        child.destroyForcibly(); // SIGKILL: no shutdown hook, no Spring, the postmaster is left running
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        Instant start = Instant.now();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0)) {
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT note FROM survivors")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("written before kill -9");
            }
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphaned postmaster was stopped")
                    .isFalse();
        }
    }

    @Test
    void twoProcessesNeverShareADataDirectory() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0))
                    .hasMessageContaining("in use by another running Interlink");
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet settings = statement.executeQuery(
                            "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit',"
                                    + " 'full_page_writes') ORDER BY name")) {
                List<String> values = new java.util.ArrayList<>();
                while (settings.next()) {
                    values.add(settings.getString(1) + "=" + settings.getString(2));
                }
                assertThat(values).containsExactly("fsync=on", "full_page_writes=on", "synchronous_commit=on");
            }
        }
    }
}
