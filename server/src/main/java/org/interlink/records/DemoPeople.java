package org.interlink.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.datafaker.Faker;
import org.interlink.matching.Names;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;
import org.jspecify.annotations.Nullable;

/**
 * The names of made-up demo persons, drawn from a seeded random source: 45 % of them are meant to come from one country
 * of {@link DemoNames#SCRIPTS} (a Latin name and the same name in the country's script, drawn from the country's
 * frequency-weighted surname and given-name lists), the others get a Latin name from datafaker's lists for a European,
 * Turkish or Brazilian locale; three in ten also get a Latin alias.
 *
 * <p>No two persons look alike to screening, as a data steward would keep a made-up population: no full name is given
 * twice (none of the demo persons shares a name on purpose), and no person's name screens as a HIT against a different
 * person. The population is drawn in two steps:
 *
 * <ol>
 *   <li>one person after the other: a draw whose name is already taken, or whose name, screened against a {@link
 *       PersonIndex} of the persons drawn before (without date of birth, nationality or sex, its score is the best
 *       name similarity), scores a HIT, is drawn again;
 *   <li>then every name is screened against the whole population, as the demo's screening will (the index's candidate
 *       selection is not symmetric: Chao LIU finds Lihua CAO where Lihua CAO, drawn earlier, did not find Chao LIU),
 *       and compared in full with every name that shares one of its {@link #keys}, where look-alikes the index's
 *       blocking does not select are; the later person of a pair found now is drawn again, checked as in step 1
 *       against everyone; this repeats until no name HITs another person's.
 * </ol>
 *
 * How many persons a country's names give before they are used up depends on the matcher: the fewer unrelated names
 * it scores as a HIT, the more. The same seed and size give the same persons in the same order, which keeps demo
 * seeding repeatable and resumable.
 *
 * <p>Drawing the demo's 10,000 persons this way screens every name at least twice, minutes of CPU, so the demo seed's
 * population is drawn once and kept, as a data steward keeps a curated list, in {@link #LISTED} ({@link
 * #population}): a start reads it in milliseconds. {@code DemoPeopleTest} checks the kept list against the current
 * matcher, and rewrites it from the generator when run with {@code -Dinterlink.demo.redraw=true} (after a change to
 * the matcher or to {@link DemoNames}).
 */
final class DemoPeople {

    /** Draws of a country's names before giving up on it for this person, and of Latin names after that. */
    private static final int ATTEMPTS = 20;

    /** Screenings of the whole population (step 2) before giving up. */
    private static final int ROUNDS = 10;

    /** The demo seed's population, one person a line (see {@link #write}), next to this class. */
    static final String LISTED = "demo-people.tsv";

    /**
     * A demo person's names, the nationality their names belong to and their sex ("M", "F"), both null when the names
     * do not tell (datafaker's Latin names).
     */
    record Person(
            List<PersonName> names,
            @Nullable String nationality,
            @Nullable String sex) {}

    private final Random random;
    private final List<Faker> latin;
    /** The persons drawn, by position. */
    private final List<Person> persons = new ArrayList<>();
    /** The persons drawn, indexed by their position. */
    private final PersonIndex drawn = new PersonIndex();
    /** Full names taken, case-folded, and whose they are. */
    private final Map<String, Integer> taken = new HashMap<>();
    /** The countries whose names are used up. */
    private final Set<DemoNames.Script> usedUp = new HashSet<>();

    /**
     * @param seed the demo set's seed; the names use a random stream of their own, apart from the records' fields
     * @param count how many persons to draw
     */
    DemoPeople(long seed, int count) {
        this.random = new Random(seed * 31 + 17);
        this.latin = List.of(
                new Faker(Locale.ENGLISH, random),
                new Faker(Locale.FRENCH, random),
                new Faker(Locale.GERMAN, random),
                new Faker(Locale.ITALIAN, random),
                new Faker(Locale.of("es"), random),
                new Faker(Locale.of("pt", "BR"), random),
                new Faker(Locale.of("pl"), random),
                new Faker(Locale.of("tr"), random),
                new Faker(Locale.of("nl"), random));
        for (int i = 0; i < count; i++) {
            Person person = unlikeAll(i);
            persons.add(person);
            keep(i, person);
        }
        resolveHits();
    }

    /**
     * The first {@code count} persons of the population for the seed: read from {@link #LISTED} for the demo's seed
     * when it holds that many, else drawn now.
     */
    static List<Person> population(long seed, int count) {
        if (seed == RecordsDemoData.DemoSet.DEMO.seed()) {
            List<Person> listed = listed();
            if (count <= listed.size()) {
                return listed.subList(0, count);
            }
        }
        return new DemoPeople(seed, count).all();
    }

    /** The persons of {@link #LISTED}, in order. */
    static List<Person> listed() {
        try (InputStream in = DemoPeople.class.getResourceAsStream(LISTED)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LISTED, e);
        }
    }

    /** Persons as {@link #write} wrote them. */
    static List<Person> parse(String text) {
        List<Person> persons = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<PersonName> names = new ArrayList<>();
            for (int i = 2; i + 2 < f.length; i += 3) {
                names.add(new PersonName(f[i], NameType.valueOf(f[i + 1]), orNull(f[i + 2])));
            }
            persons.add(new Person(List.copyOf(names), orNull(f[0]), orNull(f[1])));
        }
        return List.copyOf(persons);
    }

    /**
     * Persons as {@link #LISTED} holds them: a line each, tab-separated: nationality, sex, then name, {@link NameType}
     * and quality for each name; "-" for a null.
     */
    static String write(List<Person> persons) {
        StringBuilder out = new StringBuilder();
        out.append(
                "# Demo persons: made-up names, none a look-alike of another (records.DemoPeople). Regenerate with\n");
        out.append("# ./mvnw -pl server -am verify -Dtest=DemoPeopleTest -Dinterlink.demo.redraw=true\n");
        for (Person person : persons) {
            out.append(dash(person.nationality())).append('\t').append(dash(person.sex()));
            for (PersonName name : person.names()) {
                out.append('\t')
                        .append(name.value())
                        .append('\t')
                        .append(name.type().name());
                out.append('\t').append(dash(name.quality()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String dash(@Nullable String value) {
        return value == null ? "-" : value;
    }

    private static @Nullable String orNull(String field) {
        return field.equals("-") ? null : field;
    }

    /** All persons, in order. */
    List<Person> all() {
        return List.copyOf(persons);
    }

    /**
     * A person for position {@code at}, unlike every one indexed. A look-alike is drawn again from the same country; a
     * country whose names give no new person in {@link #ATTEMPTS} draws is used up (the matcher finds look-alikes among
     * all its remaining combinations, or nearly): this person and every later one drawn for it get a datafaker Latin
     * name.
     */
    private Person unlikeAll(int at) {
        DemoNames.Script script = random.nextInt(100) < 45 ? DemoNames.pick(DemoNames.SCRIPTS, random) : null;
        if (usedUp.contains(script)) {
            script = null;
        }
        for (int attempt = 0; attempt < 2 * ATTEMPTS; attempt++) {
            if (attempt == ATTEMPTS && script != null) {
                usedUp.add(script);
                script = null;
            }
            Person person = draw(script);
            if (!resemblesOneDrawn(at, values(person))) {
                return person;
            }
        }
        throw new IllegalStateException("no demo person unlike the " + persons.size() + " drawn before in "
                + 2 * ATTEMPTS + " draws: DemoNames needs more name parts for this many persons");
    }

    private void keep(int at, Person person) {
        for (String name : values(person)) {
            taken.put(name.toLowerCase(Locale.ROOT), at);
        }
        drawn.put(new PersonEntry(Integer.toString(at), values(person), null, Set.of(), null));
    }

    private void forget(int at) {
        for (String name : values(persons.get(at))) {
            taken.remove(name.toLowerCase(Locale.ROOT), at);
        }
        drawn.remove(Integer.toString(at));
    }

    /** Whether one of the names is taken by another person or screens as a HIT against another person. */
    private boolean resemblesOneDrawn(int at, List<String> names) {
        String self = Integer.toString(at);
        for (String name : names) {
            Integer owner = taken.get(name.toLowerCase(Locale.ROOT));
            if (owner != null && owner != at) {
                return true;
            }
            for (PersonMatch match : drawn.search(new PersonQuery(name), 2, Parameters.HIT_THRESHOLD)) {
                if (!match.id().equals(self)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Step 2: screens every name against the whole population and draws the later of two persons that HIT again. */
    private void resolveHits() {
        for (int round = 0; round < ROUNDS; round++) {
            Set<Integer> redraw = new TreeSet<>();
            Map<String, List<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < persons.size(); i++) {
                String self = Integer.toString(i);
                for (String name : values(persons.get(i))) {
                    for (String key : keys(name)) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                    }
                }
                for (String name : values(persons.get(i))) {
                    for (PersonMatch match : drawn.search(new PersonQuery(name), 2, Parameters.HIT_THRESHOLD)) {
                        if (!match.id().equals(self)) {
                            redraw.add(Math.max(i, Integer.parseInt(match.id())));
                        }
                    }
                }
            }
            redraw.addAll(alikeByKey(byKey));
            if (redraw.isEmpty()) {
                return;
            }
            for (int at : redraw) {
                forget(at);
                Person person = unlikeAll(at);
                persons.set(at, person);
                keep(at, person);
            }
        }
        throw new IllegalStateException(
                "demo persons still HIT each other after " + ROUNDS + " screenings of all: DemoNames needs more parts");
    }

    /**
     * Where a name's look-alikes are: each Han, kana or Hangul character it holds (周敏 and 周斌, 김현우 and 이현우), and
     * the first four letters, case-folded, of each of its other words (MOROZ and MOROZOV, Fleury and Fleurke).
     */
    static Set<String> keys(String name) {
        Set<String> keys = new HashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s\\-·]+")) {
            StringBuilder prefix = new StringBuilder();
            word.codePoints().forEach(cp -> {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.HAN
                        || script == Character.UnicodeScript.HANGUL
                        || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) {
                    keys.add(Character.toString(cp));
                } else if (prefix.codePointCount(0, prefix.length()) < 4) {
                    prefix.appendCodePoint(cp);
                }
            });
            if (!prefix.isEmpty()) {
                keys.add(prefix.toString());
            }
        }
        return keys;
    }

    /**
     * The later persons of pairs that share a {@link #keys key} and whose names score a HIT by {@link
     * Names#similarity}: look-alikes the index's blocking may not select (周敏 and 周斌, MOROZ and MOROZOV).
     */
    private Set<Integer> alikeByKey(Map<String, List<Integer>> byKey) {
        Set<Integer> later = new TreeSet<>();
        Set<Long> compared = new HashSet<>();
        for (List<Integer> block : byKey.values()) {
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    int x = block.get(a);
                    int y = block.get(b);
                    if (x != y && compared.add((long) Math.min(x, y) << 32 | Math.max(x, y)) && alike(x, y)) {
                        later.add(Math.max(x, y));
                    }
                }
            }
        }
        return later;
    }

    private boolean alike(int x, int y) {
        for (String a : values(persons.get(x))) {
            for (String b : values(persons.get(y))) {
                if (Names.similarity(a, b) >= Parameters.HIT_THRESHOLD) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> values(Person person) {
        return person.names().stream().map(PersonName::value).toList();
    }

    /** A person of the script's country, or with a Latin name from datafaker when the script is null. */
    private Person draw(DemoNames.@Nullable Script script) {
        List<PersonName> names = new ArrayList<>();
        String nationality = null;
        String sex = null;
        if (script != null) {
            boolean female = random.nextInt(100) < 30;
            DemoNames.Part given = (female ? script.female() : script.male()).draw(random);
            DemoNames.Part family = script.family().draw(random);
            String latinFamily = family.latin(female).toUpperCase(Locale.ROOT);
            String original = family.original(female);
            switch (script.order()) {
                case GIVEN_FAMILY -> {
                    names.add(new PersonName(given.latin() + " " + latinFamily, NameType.PRIMARY));
                    names.add(new PersonName(given.original() + " " + original, NameType.ORIGINAL_SCRIPT));
                }
                case FAMILY_GIVEN -> {
                    names.add(new PersonName(given.latin() + " " + latinFamily, NameType.PRIMARY));
                    names.add(new PersonName(original + given.original(), NameType.ORIGINAL_SCRIPT));
                }
                case GIVEN_FATHER_FAMILY -> {
                    DemoNames.Part father = script.male().draw(random);
                    names.add(
                            new PersonName(given.latin() + " " + father.latin() + " " + latinFamily, NameType.PRIMARY));
                    names.add(new PersonName(
                            given.original() + " " + father.original() + " " + original, NameType.ORIGINAL_SCRIPT));
                }
            }
            nationality = script.nationality();
            sex = female ? "F" : "M";
        } else {
            Faker local = DemoNames.pick(latin, random);
            names.add(new PersonName(
                    local.name().firstName() + " " + local.name().lastName().toUpperCase(Locale.ROOT),
                    NameType.PRIMARY));
        }
        if (random.nextInt(100) < 30) {
            Faker local = DemoNames.pick(latin, random);
            names.add(new PersonName(
                    local.name().firstName() + " " + local.name().lastName(),
                    NameType.ALIAS,
                    random.nextBoolean() ? "Good" : "Low"));
        }
        return new Person(List.copyOf(names), nationality, sex);
    }
}
