package org.interlink.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedDatabaseRecoveryTest}: starts the database, writes a row, waits to be killed. */
class EmbeddedDatabaseChild {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivors (note text)");
            statement.execute("INSERT INTO survivors VALUES ('written before kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
