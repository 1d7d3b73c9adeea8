package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.interlink.matching.Names;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's persons (the kept list of the default demo set's seed and size; redrawn and rewritten with {@code
 * -Dinterlink.demo.redraw=true}) hold no look-alikes: no full name twice, and no two
 * different persons whose names score a HIT against each other: every two names that share a key of
 * {@link DemoPeople#keys} (a Han, kana or Hangul character, a word's first four letters) are compared in full, and
 * every name is searched in a person index of all of them.
 */
class DemoPeopleTest {

    /** Whether to draw the population again and rewrite the kept list (which the run's class path still holds). */
    static final boolean REDRAW = Boolean.getBoolean("interlink.demo.redraw");

    static List<DemoPeople.Person> persons;

    @BeforeAll
    static void drawTheDemoPopulation() throws IOException {
        if (REDRAW) {
            persons = new DemoPeople(RecordsDemoData.DemoSet.DEMO.seed(), RecordsDemoData.DEMO_PERSONS).all();
            Path dir = Files.createDirectories(Path.of("src/main/resources/org/interlink/records"));
            Files.writeString(dir.resolve(DemoPeople.LISTED), DemoPeople.write(persons));
        } else {
            persons = DemoPeople.listed();
        }
    }

    @Test
    void theKeptListHoldsTheDemoPopulationAndReadsBackAsWritten() {
        assertThat(persons).hasSize(RecordsDemoData.DEMO_PERSONS);
        assertThat(DemoPeople.parse(DemoPeople.write(persons))).isEqualTo(persons);
        if (!REDRAW) {
            assertThat(DemoPeople.population(RecordsDemoData.DemoSet.DEMO.seed(), 200))
                    .isEqualTo(persons.subList(0, 200));
        }
    }

    @Test
    void anotherSeedIsDrawnNowTheSameWayEachTime() {
        List<DemoPeople.Person> drawn = DemoPeople.population(7, 100);
        assertThat(drawn).hasSize(100).isEqualTo(DemoPeople.population(7, 100));
        assertThat(drawn).isNotEqualTo(persons.subList(0, 100));
    }

    @Test
    void noFullNameTwice() {
        Map<String, Integer> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            for (PersonName name : persons.get(i).names()) {
                Integer before = owner.putIfAbsent(name.value().toLowerCase(Locale.ROOT), i);
                if (before != null && before != i) {
                    twice.add(name.value());
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void noTwoPersonsHitEachOther() {
        record Named(int person, String name) {}
        Map<String, List<Named>> blocks = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            for (String name : values(i)) {
                for (String key : DemoPeople.keys(name)) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(new Named(i, name));
                }
            }
        }
        Set<String> hits = new TreeSet<>();
        Set<String> compared = new HashSet<>();
        for (List<Named> block : blocks.values()) {
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    Named x = block.get(a);
                    Named y = block.get(b);
                    if (x.person() != y.person() && compared.add(x.name() + "\t" + y.name())) {
                        hit(List.of(x.name()), List.of(y.name())).ifPresent(hits::add);
                    }
                }
            }
        }
        // Look-alikes that share no key, across scripts for instance, are found by a person index of all persons:
        // without
        // date of birth, nationality or sex its score is the best name similarity.
        PersonIndex index = new PersonIndex();
        for (int i = 0; i < persons.size(); i++) {
            index.put(new PersonEntry(Integer.toString(i), values(i), null, Set.of(), null));
        }
        for (int i = 0; i < persons.size(); i++) {
            for (String name : values(i)) {
                for (PersonMatch match : index.search(new PersonQuery(name), 2, Parameters.HIT_THRESHOLD)) {
                    if (!match.id().equals(Integer.toString(i))) {
                        hits.add(name + " ≈ " + match.matchedName() + " (" + match.score() + ")");
                    }
                }
            }
        }

        assertThat(compared).as("pairs compared in full").hasSizeGreaterThan(50_000);
        assertThat(hits).isEmpty();
    }

    @Test
    void everyCountryIsDrawnAndItsCommonSurnamesMostOften() {
        Map<String, Integer> perCountry = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        for (DemoPeople.Person person : persons) {
            if (person.nationality() != null) {
                perCountry.merge(person.nationality(), 1, Integer::sum);
                String latin = person.names().getFirst().value();
                surnames.merge(
                        person.nationality() + " " + latin.substring(latin.lastIndexOf(' ') + 1), 1, Integer::sum);
            }
        }
        assertThat(perCountry.keySet()).containsExactlyInAnyOrder("RU", "UA", "EG", "CN", "KR", "JP", "GR", "IL");
        // Look-alikes drawn again flatten the weights, but the commonest surnames stay the commonest: Wang, Li and
        // Zhang
        // weigh 297 of 843 in China against 23 for Cao, Deng and Feng; Kim, Lee and Park 446 of 755 in Korea against 39
        // for Hong, Jeon and Lim.
        assertThat(count(surnames, "CN", "WANG", "LI", "ZHANG"))
                .isGreaterThan(count(surnames, "CN", "CAO", "DENG", "FENG"));
        assertThat(count(surnames, "KR", "KIM", "LEE", "PARK"))
                .isGreaterThan(count(surnames, "KR", "HONG", "JEON", "LIM"));
    }

    private static int count(Map<String, Integer> surnames, String country, String... names) {
        int sum = 0;
        for (String name : names) {
            sum += surnames.getOrDefault(country + " " + name, 0);
        }
        return sum;
    }

    private static Optional<String> hit(List<String> names, List<String> others) {
        for (String a : names) {
            for (String b : others) {
                double score = Names.similarity(a, b);
                if (score >= Parameters.HIT_THRESHOLD) {
                    return Optional.of(a + " ≈ " + b + " (" + score + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> values(int i) {
        return persons.get(i).names().stream().map(PersonName::value).toList();
    }
}
