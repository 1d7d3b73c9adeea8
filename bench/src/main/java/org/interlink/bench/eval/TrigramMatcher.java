package org.interlink.bench.eval;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Baseline: PostgreSQL {@code pg_trgm} (embedded PostgreSQL 18) over names folded by ICU on the client (PostgreSQL has
 * no ICU transform), a GIN trigram index, {@code name % query} at the default similarity threshold 0.3, ranked by
 * {@code similarity()}.
 */
final class TrigramMatcher implements Matcher {

    private final IcuFold fold = new IcuFold();
    private EmbeddedPostgres postgres;
    private Connection connection;
    private PreparedStatement query;

    @Override
    public String name() {
        return "PostgreSQL pg_trgm";
    }

    @Override
    public void index(List<String> names) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            s.execute("CREATE TABLE names (id int PRIMARY KEY, name text NOT NULL)");
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            rows.append(i)
                    .append('\t')
                    .append(fold.fold(names.get(i)).replace("\\", ""))
                    .append('\n');
        }
        connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY names (id, name) FROM STDIN", new StringReader(rows.toString()));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops)");
            s.execute("ANALYZE names");
        }
        query = connection.prepareStatement(
                "SELECT id, similarity(name, ?) AS s FROM names WHERE name % ? ORDER BY s DESC LIMIT ?");
    }

    @Override
    public List<Candidate> top(String q, int k) throws Exception {
        String folded = fold.fold(q);
        if (folded.isEmpty()) {
            return List.of();
        }
        query.setString(1, folded);
        query.setString(2, folded);
        query.setInt(3, k);
        List<Candidate> out = new ArrayList<>(k);
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                out.add(new Candidate(rs.getInt(1), rs.getDouble(2)));
            }
        }
        return out;
    }

    @Override
    public double naturalThreshold() {
        return 0.3;
    }

    @Override
    public void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
