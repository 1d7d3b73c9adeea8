package org.interlink.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;
import org.junit.jupiter.api.Test;

/**
 * The UN consolidated list's development file (../shared/fixtures/un/consolidated-dev.xml, read by {@link UnList};
 * skipped when absent): each individual whose name the list also gives in Arabic script is searched for by that
 * original-script name among every individual of the list, indexed by its Latin name and aliases. Its own entry must
 * come first. The evaluation's {@code un} scenario asks the same of all original-script names among distractors.
 */
class UnListArabicNamesTest {

    @Test
    void findsTheListsOwnEntryByItsArabicScriptName() {
        Path fixtures = Path.of(System.getProperty("interlink.fixtures", "../shared/fixtures"));
        assumeTrue(
                Files.exists(UnList.file(fixtures)),
                "fixture " + UnList.file(fixtures) + " absent (see ../shared/fixtures/README.md): skipped");
        List<UnList.Individual> individuals = UnList.read(fixtures);
        PersonIndex index = new PersonIndex();
        for (UnList.Individual i : individuals) {
            if (!i.latin().isEmpty()) {
                index.put(new PersonEntry(Integer.toString(i.number()), i.latin()));
            }
        }
        int queries = 0;
        int first = 0;
        int inTen = 0;
        StringBuilder misses = new StringBuilder();
        for (UnList.Individual i : individuals) {
            if (i.original() == null
                    || !Scripts.of(i.original()).equals("Arab")
                    || i.latin().isEmpty()) {
                continue;
            }
            queries++;
            List<PersonMatch> found = index.search(new PersonQuery(i.original()), 10, 0.0);
            List<String> ids = found.stream().map(PersonMatch::id).toList();
            String id = Integer.toString(i.number());
            if (!ids.isEmpty() && ids.getFirst().equals(id)) {
                first++;
            } else {
                misses.append(i.original())
                        .append(" / ")
                        .append(i.latin().getFirst())
                        .append(" -> ")
                        .append(found.isEmpty() ? "nothing" : found.getFirst().matchedName())
                        .append('\n');
            }
            if (ids.contains(id)) {
                inTen++;
            }
        }
        System.out.printf(
                "UN list, Arabic-script queries: %d, recall@1 %.3f, recall@10 %.3f%n%s",
                queries, (double) first / queries, (double) inTen / queries, misses);
        assertThat(queries).isGreaterThan(100);
        // Before names were read as structures (b946986): 0.846 / 0.953; after: 0.988 / 1.000 (2026-12-07).
        assertThat((double) first / queries).isGreaterThanOrEqualTo(0.97);
        assertThat((double) inTen / queries).isGreaterThanOrEqualTo(0.99);
    }
}
