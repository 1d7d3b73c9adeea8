import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Message search on the database of a running benchmark server: full-text (what Interlink does) against ILIKE (the
 * alternative), with a trigram index when pg_trgm is available. Prints the median execution time of 20 runs of each
 * query (EXPLAIN ANALYZE). Usage (the embedded database's port is line 4 of DATA_DIR/postgres/postmaster.pid):
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar bench/scripts/SearchPlans.java PORT
 */
public class SearchPlans {
    public static void main(String[] args) throws Exception {
        String visible = " AND EXISTS (SELECT 1 FROM message_deliveries d WHERE d.message_seq = m.seq AND d.bureau = 'DE')"
                + " ORDER BY m.seq DESC LIMIT 51";
        String[][] queries = {
            {"full-text, common word (1 in 8)", "SELECT m.id FROM messages m WHERE m.search @@ websearch_to_tsquery('simple', 'passport')" + visible},
            {"full-text, rare word (1 message)", "SELECT m.id FROM messages m WHERE m.search @@ websearch_to_tsquery('simple', 'f1c1592588411002af340cbaedd6fc33')" + visible},
            {"ILIKE, common word", "SELECT m.id FROM messages m WHERE (m.subject ILIKE '%passport%' OR m.body ILIKE '%passport%')" + visible},
            {"ILIKE, rare word", "SELECT m.id FROM messages m WHERE (m.subject ILIKE '%f1c1592588411002af340cbaedd6fc33%' OR m.body ILIKE '%f1c1592588411002af340cbaedd6fc33%')" + visible},
        };
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + args[0] + "/postgres", "postgres", "")) {
            run(c, queries);
            boolean trigram;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                s.execute("CREATE INDEX IF NOT EXISTS bench_body_trgm ON messages USING gin (body gin_trgm_ops)");
                s.execute("CREATE INDEX IF NOT EXISTS bench_subject_trgm ON messages USING gin (subject gin_trgm_ops)");
                s.execute("ANALYZE messages");
                trigram = true;
            } catch (Exception e) {
                System.out.println("pg_trgm not available: " + e.getMessage().lines().findFirst().orElse(""));
                trigram = false;
            }
            if (trigram) {
                System.out.println("with trigram indexes on subject and body:");
                run(c, new String[][] {queries[2], queries[3]});
            }
        }
    }

    static void run(Connection c, String[][] queries) throws Exception {
        for (String[] q : queries) {
            double[] times = new double[20];
            for (int i = 0; i < times.length; i++) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE) " + q[1])) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (line.startsWith("Execution Time:")) {
                            times[i] = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                        }
                    }
                }
            }
            java.util.Arrays.sort(times);
            System.out.printf("%-36s median %.2f ms, max %.2f ms%n", q[0], times[10], times[19]);
        }
    }
}
