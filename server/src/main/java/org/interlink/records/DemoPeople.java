package org.interlink.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.interlink.matching.Names;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonQuery;
import org.jspecify.annotations.Nullable;

/**
 * The names of made-up demo persons, drawn one after the other from a seeded random source: 45 % of them are meant to
 * come from one country of {@link DemoNames#SCRIPTS} (a Latin name and the same name in the country's script), the
 * others get a Latin name from datafaker's lists for a European, Turkish or Brazilian locale; three in ten also get a
 * Latin alias.
 *
 * <p>No two persons look alike to screening: a draw with a name that scores at least {@link Parameters#HIT_THRESHOLD}
 * by {@link Names#similarity} against a name of a person drawn before is drawn again, so a HIT in the demo names the
 * one person whose name was typed, and no two demo persons share a name (none does on purpose). A name is compared
 * with the persons drawn before through a {@link PersonIndex} of them (whose score, without date of birth,
 * nationality or sex, is the best name similarity), and in full with every name drawn before that shares one of its
 * {@link #keys} — a Han, kana or Hangul character, or the first four letters of a word — where look-alikes the index's
 * blocking does not select are (周敏 and 周斌, MOROZ and MOROZOV); comparing with all names would cost minutes for the
 * demo's ten thousand persons. How many persons a country's
 * names give before they are used up depends on the matcher: the fewer unrelated names it scores as a HIT, the more.
 *
 * <p>The same seed gives the same persons in the same order, which keeps demo seeding repeatable and resumable.
 */
final class DemoPeople {

    /** Draws of a country's names before giving up on it for this person, and of Latin names after that. */
    private static final int ATTEMPTS = 20;

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
    /** The persons drawn so far. */
    private final PersonIndex drawn = new PersonIndex();
    /** The names drawn so far by {@link #keys}. */
    private final Map<String, List<String>> byKey = new HashMap<>();

    private int count;
    /** The countries whose names are used up. */
    private final Set<DemoNames.Script> usedUp = new HashSet<>();

    /** @param seed the demo set's seed; the names use a random stream of their own, apart from the records' fields */
    DemoPeople(long seed) {
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
    }

    /**
     * The next person, unlike every one drawn before. A look-alike is drawn again from the same country; a country
     * whose names give no new person in {@link #ATTEMPTS} draws is used up (the matcher finds look-alikes among all its
     * remaining combinations, or nearly): this person and every later one drawn for it get a datafaker Latin name.
     */
    Person next() {
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
            List<String> names = person.names().stream().map(PersonName::value).toList();
            if (!resemblesOneDrawn(names)) {
                for (String name : names) {
                    for (String key : keys(name)) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                    }
                }
                drawn.put(new PersonEntry(Integer.toString(count++), names, null, Set.of(), null));
                return person;
            }
        }
        throw new IllegalStateException("no demo person unlike the " + count + " drawn before in " + 2 * ATTEMPTS
                + " draws: DemoNames needs more name parts for this many persons");
    }

    private boolean resemblesOneDrawn(List<String> names) {
        for (String name : names) {
            if (!drawn.search(new PersonQuery(name), 1, Parameters.HIT_THRESHOLD)
                    .isEmpty()) {
                return true;
            }
            Set<String> compared = new HashSet<>();
            for (String key : keys(name)) {
                for (String other : byKey.getOrDefault(key, List.of())) {
                    if (compared.add(other) && Names.similarity(name, other) >= Parameters.HIT_THRESHOLD) {
                        return true;
                    }
                }
            }
        }
        return false;
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
