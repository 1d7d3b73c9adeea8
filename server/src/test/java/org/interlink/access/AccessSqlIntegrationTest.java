package org.interlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQL form of the access rules answers exactly as the Java policy, over random items and viewers. */
@IntegrationTest
class AccessSqlIntegrationTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    record Item(int id, String owner, Restriction restriction) {}

    @Test
    void sqlPredicateAgreesWithThePolicy() {
        Random random = new Random(20261127);
        String[] bureaus = {"FR", "DE", "US", "IT", "RU", "GS"};
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Classification classification = Classification.values()[random.nextInt(3)];
            Audience audience = Audience.values()[random.nextInt(3)];
            Set<String> countries = new TreeSet<>();
            if (audience != Audience.ALL) {
                for (int n = random.nextInt(4); n > 0; n--) {
                    countries.add(bureaus[random.nextInt(bureaus.length - 1)]);
                }
            }
            items.add(new Item(
                    i,
                    bureaus[random.nextInt(bureaus.length - 1)],
                    new Restriction(classification, audience, countries)));
        }
        transactions.executeWithoutResult(status -> {
            jdbc.getJdbcTemplate()
                    .execute("CREATE TEMP TABLE access_probe (id int, owner text, classification smallint,"
                            + " audience text, countries text[]) ON COMMIT DROP");
            for (Item item : items) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", item.id());
                row.put("owner", item.owner());
                row.put("classification", item.restriction().classification().ordinal());
                row.put("audience", item.restriction().audience().name());
                row.put("countries", item.restriction().countries().toArray(String[]::new));
                jdbc.update(
                        "INSERT INTO access_probe VALUES (:id, :owner, :classification, :audience, :countries)", row);
            }
            for (String bureau : bureaus) {
                for (Classification clearance : Classification.values()) {
                    Viewer viewer = new Viewer("probe", bureau, Set.of(), clearance);
                    Set<Integer> expected = new TreeSet<>();
                    items.stream()
                            .filter(item -> AccessPolicy.maySee(viewer, item.owner(), item.restriction()))
                            .forEach(item -> expected.add(item.id()));
                    List<Integer> actual = jdbc.queryForList(
                            "SELECT id FROM access_probe p WHERE " + AccessSql.predicate("p") + " ORDER BY id",
                            AccessSql.parameters(viewer),
                            Integer.class);
                    assertThat(new TreeSet<>(actual))
                            .as("items visible to %s cleared %s", bureau, clearance)
                            .isEqualTo(expected);
                }
            }
            status.setRollbackOnly();
        });
    }
}
