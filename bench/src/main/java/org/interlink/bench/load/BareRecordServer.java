package org.interlink.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The floor baseline of a record read (issue 3's "p99 ≤ 5 ms at 500/s"): the least work that answers
 * {@code GET /api/v1/documents/{id}} the way Interlink must, with no framework around it. A bare JDK
 * {@code HttpServer} on a fixed pool of platform threads, one plain JDBC connection per thread, and per request exactly
 * the two statements the server runs: the record's row by primary key, then its durable audit row through the same
 * {@code audit_append} function (chain lock, hash, insert, commit with its WAL flush). No authentication, no access
 * rule, no JSON mapping: what it costs is what this machine charges for HTTP, one query and one commit.
 *
 * <p>Point it at the PostgreSQL of a records bench database (a server started on it can stay up, idle) and run
 * {@link RecordReadLoad} against it unchanged: it answers the token request and the list pages the generator uses to
 * collect ids.
 *
 * <pre>
 * taskset -c 0,1 java -cp bench/target/benchmarks.jar org.interlink.bench.load.BareRecordServer 18098 \
 *   jdbc:postgresql://localhost:54398/postgres?user=postgres
 * taskset -c 1 java -cp bench/target/benchmarks.jar org.interlink.bench.load.RecordReadLoad --base http://localhost:18098 \
 *   --client ncb-de --kind documents --ids 5000 --rate 500 --warmup 60 --duration 60
 * </pre>
 */
public final class BareRecordServer {

    private static final int THREADS = 16;
    private static final long CHAIN_LOCK = 0x1A7E_211CL; // the server's (AuditLog.CHAIN_LOCK)
    private static final byte[] TOKEN = "{\"access_token\":\"bare\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * {@code -Dinterlink.bench.bare-audit}: {@code chain} (default) appends through {@code audit_append}, as the
     * server does; {@code plain} inserts and commits one row into a table of its own ({@code bare_audit}, no chain, no
     * lock: the least a durable row costs); {@code group} hands the row to one writer thread that appends everything
     * waiting through one {@code audit_append} call and one commit, and answers once that commit is done (the group
     * commit of the server's {@code AuditJournal}, without its linger); {@code journal} is {@code group} without the
     * row read (the floor of a document check, whose look-up is in memory); {@code none} leaves the audit row out (HTTP
     * and one query).
     */
    private static final String AUDIT = System.getProperty("interlink.bench.bare-audit", "chain");

    /** Whether audit rows go through the writer thread ({@code group} and {@code journal}). */
    private static final boolean GROUP = AUDIT.equals("group") || AUDIT.equals("journal");

    /** Requests in progress at once: with a group commit, most of them wait for it without holding a connection. */
    private static final int REQUEST_THREADS = GROUP ? 256 : THREADS;

    /** The answer of {@code journal}, which reads no row. */
    private static final byte[] FOUND = "{}".getBytes(StandardCharsets.UTF_8);

    /** The table of {@code plain} audit rows (and of {@link DatabaseRoundTrips}): a sequence, a time, two texts. */
    static final String BARE_AUDIT_TABLE = "CREATE TABLE IF NOT EXISTS bare_audit (seq bigserial PRIMARY KEY,"
            + " at timestamptz NOT NULL DEFAULT now(), object_id text NOT NULL, outcome text NOT NULL)";

    private final BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(THREADS);

    /** An audit row waiting for the group commit, and the caller to release once it is durable. */
    private record Pending(String id, String outcome, CompletableFuture<Void> durable) {}

    private final BlockingQueue<Pending> journal = new LinkedBlockingQueue<>();

    private BareRecordServer(String url) throws SQLException {
        for (int i = 0; i < THREADS; i++) {
            connections.add(DriverManager.getConnection(url));
        }
        try (var statement = connections.peek().createStatement()) {
            statement.execute(BARE_AUDIT_TABLE);
        }
        if (GROUP) {
            Connection writer = DriverManager.getConnection(url);
            Thread.ofPlatform().name("bare-journal").daemon(true).start(() -> groupCommit(writer));
        }
    }

    /** The writer thread of {@code group}: each commit carries every row that waited for the previous one. */
    private void groupCommit(Connection writer) {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(journal.take());
                journal.drainTo(batch);
                append(
                        writer,
                        batch.stream().map(Pending::id).toList(),
                        batch.stream().map(Pending::outcome).toList());
                batch.forEach(pending -> pending.durable().complete(null));
            } catch (SQLException e) {
                batch.forEach(pending -> pending.durable().completeExceptionally(e));
            } catch (InterruptedException e) {
                return;
            } finally {
                batch.clear();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BareRecordServer bare = new BareRecordServer(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(REQUEST_THREADS));
        server.createContext("/", bare::answer);
        server.start();
        System.out.println("bare record server on port " + port);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/oauth2/token")) {
                send(exchange, 200, TOKEN);
                return;
            }
            if (path.equals("/api/v1/documents")) {
                Connection connection = connections.take();
                try {
                    send(
                            exchange,
                            200,
                            page(connection, exchange.getRequestURI().getQuery()));
                } finally {
                    connections.add(connection);
                }
                return;
            }
            String id = path.substring(path.lastIndexOf('/') + 1);
            byte[] body = FOUND;
            if (!AUDIT.equals("journal")) {
                Connection connection = connections.take();
                try {
                    body = read(connection, id);
                } finally {
                    connections.add(connection);
                }
            }
            if (GROUP) { // waits without holding a connection, as the server's callers do
                awaitDurable(id, body == null ? "NOT_FOUND" : "SUCCESS");
            }
            send(exchange, body == null ? 404 : 200, body == null ? new byte[0] : body);
        } catch (SQLException | InterruptedException e) {
            System.out.println("failed: " + e);
        }
    }

    /** The row by primary key, then its audit row, committed before the answer (as the server does). */
    private static byte[] read(Connection connection, String id) throws SQLException {
        byte[] body = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT body::text FROM records WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    body = row.getString(1).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        if (AUDIT.equals("none") || AUDIT.equals("group")) {
            return body;
        }
        if (AUDIT.equals("plain")) {
            try (PreparedStatement audit =
                    connection.prepareStatement("INSERT INTO bare_audit (object_id, outcome) VALUES (?, ?)")) {
                audit.setString(1, id);
                audit.setString(2, body == null ? "NOT_FOUND" : "SUCCESS");
                audit.executeUpdate();
            }
            return body;
        }
        append(connection, List.of(id), List.of(body == null ? "NOT_FOUND" : "SUCCESS"));
        return body;
    }

    private void awaitDurable(String id, String outcome) throws SQLException, InterruptedException {
        Pending pending = new Pending(id, outcome, new CompletableFuture<>());
        journal.add(pending);
        try {
            pending.durable().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new SQLException("the audit row was not committed", e);
        }
    }

    /** One {@code audit_append} call (chain lock, hash, inserts, commit) for the rows of these reads. */
    private static void append(Connection connection, List<String> ids, List<String> outcomes) throws SQLException {
        try (PreparedStatement audit = connection.prepareStatement("SELECT audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            audit.setLong(1, CHAIN_LOCK);
            audit.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            int n = ids.size();
            Object[][] fields = {
                Collections.nCopies(n, "bare").toArray(),
                Collections.nCopies(n, "DE").toArray(),
                Collections.nCopies(n, "READ").toArray(),
                Collections.nCopies(n, "document").toArray(),
                ids.toArray(),
                Collections.nCopies(n, "load test").toArray(),
                outcomes.toArray()
            };
            for (int i = 0; i < fields.length; i++) {
                audit.setArray(3 + i, connection.createArrayOf("text", fields[i]));
            }
            audit.execute();
        }
    }

    /** A page of document ids after the cursor, shaped as the list API answers (what the generator reads). */
    private static byte[] page(Connection connection, String query) throws SQLException {
        String cursor = "";
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            if (parameter.startsWith("cursor=")) {
                cursor = parameter.substring("cursor=".length());
            }
        }
        StringJoiner items = new StringJoiner(",", "{\"items\":[", "]");
        String last = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM records WHERE kind = 'DOCUMENT' AND id > ? ORDER BY id LIMIT 200")) {
            select.setString(1, cursor);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    last = rows.getString(1);
                    items.add("{\"id\":\"" + last + "\"}");
                }
            }
        }
        String cursorField = last == null ? "" : ",\"nextCursor\":\"" + last + "\"";
        return (items + cursorField + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
