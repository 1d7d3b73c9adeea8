package org.interlink.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The database's share of a record read, with nothing else running: one client on one connection, paced at a fixed
 * rate, timing what a read must do in PostgreSQL. Three modes, each run in turn:
 *
 * <ul>
 *   <li>{@code select}: {@code SELECT 1}, the bare round trip;
 *   <li>{@code insert}: one row inserted and committed on its own (with its WAL flush), the least a durable audit row
 *       costs (table {@code bare_audit}, no chain, no lock);
 *   <li>{@code read}: a document's row by primary key, then that durable row: the two statements of a read.
 * </ul>
 *
 * <p>Point it at the PostgreSQL of a records bench database (a server started on it can stay up, idle):
 *
 * <pre>
 * taskset -c 1 java -cp bench/target/benchmarks.jar org.interlink.bench.load.DatabaseRoundTrips \
 *   jdbc:postgresql://localhost:54398/postgres?user=postgres 20000 500
 * </pre>
 */
public final class DatabaseRoundTrips {

    private DatabaseRoundTrips() {}

    public static void main(String[] args) throws SQLException {
        int count = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        try (Connection connection = DriverManager.getConnection(args[0])) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(BareRecordServer.BARE_AUDIT_TABLE);
            }
            List<String> ids = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("SELECT id FROM records WHERE kind = 'DOCUMENT' LIMIT 5000")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            for (String mode : List.of("select", "insert", "read", "select", "insert", "read")) {
                System.out.println(mode + ": " + run(connection, mode, ids, count, rate));
            }
        }
    }

    private static String run(Connection connection, String mode, List<String> ids, int count, int rate)
            throws SQLException {
        long[] nanos = new long[count];
        try (PreparedStatement one = connection.prepareStatement("SELECT 1");
                PreparedStatement record = connection.prepareStatement("SELECT body::text FROM records WHERE id = ?");
                PreparedStatement audit =
                        connection.prepareStatement("INSERT INTO bare_audit (object_id, outcome) VALUES (?, ?)")) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                String id = ids.isEmpty() ? "none" : ids.get(i % ids.size());
                if (mode.equals("select")) {
                    one.executeQuery().close();
                } else {
                    if (mode.equals("read")) {
                        record.setString(1, id);
                        record.executeQuery().close();
                    }
                    audit.setString(1, id);
                    audit.setString(2, "SUCCESS");
                    audit.executeUpdate();
                }
                nanos[i] = System.nanoTime() - due;
            }
        }
        Arrays.sort(nanos);
        return String.format(
                "%d at %d/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms",
                count,
                rate,
                LoadGenerator.percentileMillis(nanos, 0.50),
                LoadGenerator.percentileMillis(nanos, 0.90),
                LoadGenerator.percentileMillis(nanos, 0.99),
                LoadGenerator.percentileMillis(nanos, 0.999),
                nanos[count - 1] / 1e6);
    }
}
