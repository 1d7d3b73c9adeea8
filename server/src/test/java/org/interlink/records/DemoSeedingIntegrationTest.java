package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo seeding stopped part-way — here the database refuses the first travel document, as a kill or a crash would stop
 * the process there — is completed by the next start: no kind is left short, none is seeded twice, and the import
 * the stopped process left RUNNING does not stay RUNNING. A set of its own (source, external ids, seed) keeps the
 * shared test database's demo data untouched.
 */
@IntegrationTest
class DemoSeedingIntegrationTest {

    @Autowired
    RecordsDemoData demo;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStopWhileSeedingIsCompletedByTheNextStart() {
        String tag = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        RecordsDemoData.DemoSet set = new RecordsDemoData.DemoSet("demo-test-" + tag, tag, 42);
        Map<RecordKind, Integer> sizes = new EnumMap<>(RecordKind.class);
        sizes.put(RecordKind.PERSON, 20);
        sizes.put(RecordKind.DOCUMENT, 30);
        sizes.put(RecordKind.VEHICLE, 10);

        String stop = "stop_" + tag.toLowerCase();
        jdbc.execute("CREATE FUNCTION " + stop + "() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'the platform stopped'; END; $$");
        jdbc.execute("CREATE TRIGGER " + stop + " BEFORE INSERT ON records FOR EACH ROW WHEN (NEW.external_id LIKE '"
                + tag + "-D-%') EXECUTE FUNCTION " + stop + "()");
        try {
            assertThatThrownBy(() -> demo.seed(set, sizes)).hasStackTraceContaining("the platform stopped");
        } finally {
            jdbc.execute("DROP TRIGGER " + stop + " ON records");
            jdbc.execute("DROP FUNCTION " + stop + "()");
        }
        assertThat(count(tag + "-P-%")).isEqualTo(20);
        assertThat(count(tag + "-D-%")).isZero();
        assertThat(count(tag + "-V-%")).isZero();
        assertThat(imports(set, RecordKind.DOCUMENT)).containsExactly("RUNNING");

        assertThat(demo.seed(set, sizes)).as("the next start").containsExactly(RecordKind.DOCUMENT, RecordKind.VEHICLE);

        assertThat(count(tag + "-P-%")).isEqualTo(20);
        assertThat(count(tag + "-D-%")).isEqualTo(30);
        assertThat(count(tag + "-V-%")).isEqualTo(10);
        assertThat(imports(set, RecordKind.PERSON)).containsExactly("DONE");
        assertThat(imports(set, RecordKind.DOCUMENT)).containsExactly("DONE", "FAILED");
        assertThat(imports(set, RecordKind.VEHICLE)).containsExactly("DONE");
        assertThat(jdbc.queryForObject(
                        "SELECT message FROM record_imports WHERE source = ? AND state = 'FAILED'",
                        String.class,
                        set.source()))
                .contains("interrupted");

        assertThat(demo.seed(set, sizes)).as("a start after a complete seeding").isEmpty();
        assertThat(count(tag + "-%")).isEqualTo(60);
    }

    @Test
    void theSameSetIsTheSameRecordsEveryTime() {
        String tag = "S"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Map<RecordKind, Integer> sizes = new EnumMap<>(RecordKind.class);
        sizes.put(RecordKind.DOCUMENT, 5);
        demo.seed(new RecordsDemoData.DemoSet("demo-test-" + tag, tag, 7), sizes);
        List<String> first = jdbc.queryForList(
                "SELECT body::text FROM records WHERE external_id LIKE ? ORDER BY external_id",
                String.class,
                tag + "-%");

        // A kind imported again from its first row (as after a stop) finds every row already there, unchanged.
        demo.seed(new RecordsDemoData.DemoSet("demo-again-" + tag, tag, 7), sizes);
        assertThat(jdbc.queryForList(
                        "SELECT body::text FROM records WHERE external_id LIKE ? ORDER BY external_id",
                        String.class,
                        tag + "-%"))
                .hasSize(5)
                .isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT unchanged FROM record_imports WHERE source = ?", Long.class, "demo-again-" + tag))
                .isEqualTo(5);
    }

    private long count(String externalIds) {
        return jdbc.queryForObject("SELECT count(*) FROM records WHERE external_id LIKE ?", Long.class, externalIds);
    }

    private List<String> imports(RecordsDemoData.DemoSet set, RecordKind kind) {
        return jdbc.queryForList(
                "SELECT state FROM record_imports WHERE source = ? AND kind = ? ORDER BY state",
                String.class,
                set.source(),
                kind.name());
    }
}
