package org.interlink.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import net.datafaker.Faker;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.NoExternalDatabase;
import org.interlink.members.Countries;
import org.interlink.members.Country;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode: seeds a fresh embedded database, after the members' demo accounts, with synthetic records spread across
 * bureaus with varied restrictions: persons with names in Latin, Cyrillic, Arabic, Chinese, Korean, Japanese, Greek
 * and Hebrew script, travel documents (each owned by its issuing country), vehicles, firearms and works of art. Made-up
 * people only, no two alike to screening ({@link DemoPeople}); a fixed seed per kind makes every demo the same. Sizes
 * come from {@code interlink.demo.records.*}; tests use far fewer. Seeding survives an early stop: see {@link #seed}.
 */
@Component
class RecordsDemoData {

    private static final Logger log = LoggerFactory.getLogger(RecordsDemoData.class);

    /** The bureaus that hold most records, as in real cooperation; the others hold the rest. */
    private static final List<String> BUSY = List.of(
            "FR", "DE", "US", "IT", "ES", "GB", "NL", "BE", "PL", "TR", "BR", "IN", "RU", "CN", "MA", "NG", "ZA", "MX",
            "AR", "JP", "AU", "CA", "EG", "UA", "GR");

    /** The demo's persons unless {@code interlink.demo.records.persons} says otherwise. */
    static final int DEMO_PERSONS = 10_000;

    private final Imports imports;
    private final Records records;
    private final Countries countries;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final boolean enabled;
    private final int persons;
    private final int documents;
    private final int vehicles;
    private final int firearms;
    private final int artworks;

    RecordsDemoData(
            Imports imports,
            Records records,
            Countries countries,
            JdbcTemplate jdbc,
            Environment environment,
            @Value("${interlink.demo.enabled:true}") boolean enabled,
            @Value("${interlink.demo.records.persons:" + DEMO_PERSONS + "}") int persons,
            @Value("${interlink.demo.records.documents:100000}") int documents,
            @Value("${interlink.demo.records.vehicles:5000}") int vehicles,
            @Value("${interlink.demo.records.firearms:1000}") int firearms,
            @Value("${interlink.demo.records.artworks:500}") int artworks) {
        this.imports = imports;
        this.records = records;
        this.countries = countries;
        this.jdbc = jdbc;
        this.environment = environment;
        this.enabled = enabled;
        this.persons = persons;
        this.documents = documents;
        this.vehicles = vehicles;
        this.firearms = firearms;
        this.artworks = artworks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seedFreshDatabase() {
        if (!enabled || !NoExternalDatabase.isEmbedded(environment) || !isDemo()) {
            return;
        }
        Map<RecordKind, Integer> sizes = new EnumMap<>(RecordKind.class);
        sizes.put(RecordKind.PERSON, persons);
        sizes.put(RecordKind.DOCUMENT, documents);
        sizes.put(RecordKind.VEHICLE, vehicles);
        sizes.put(RecordKind.FIREARM, firearms);
        sizes.put(RecordKind.ARTWORK, artworks);
        seed(DemoSet.DEMO, sizes);
    }

    /** One set of made-up records: the source its imports carry, its external ids' prefix, its random seed. */
    record DemoSet(String source, String prefix, long seed) {
        static final DemoSet DEMO = new DemoSet("demo", "DEMO", 20261127);
    }

    /**
     * Seeds every kind of the set that is not complete yet, one import per kind. A kind is complete when its import
     * finished (DONE), so a start that stops part-way — a kill, a crash, an early Ctrl-C — leaves the next start to
     * finish the work: kinds already complete are skipped, an unfinished one is imported again from its first row
     * (each kind has its own seeded random source, so the rows are the same, and an import leaves rows it already
     * holds unchanged by external id), and the import left RUNNING by the stopped process is marked FAILED.
     *
     * @return the kinds seeded now
     */
    List<RecordKind> seed(DemoSet set, Map<RecordKind, Integer> sizes) {
        int interrupted = imports.failInterrupted(
                set.source(), "The demo seeding was interrupted (the platform stopped); the next start completed it.");
        if (interrupted > 0) {
            log.warn("{} demo import(s) interrupted by an earlier stop: completing the demo data", interrupted);
        }
        long start = System.nanoTime();
        List<RecordKind> seeded = new ArrayList<>();
        for (Map.Entry<RecordKind, Integer> size : sizes.entrySet()) {
            RecordKind kind = size.getKey();
            if (size.getValue() > 0 && !imports.completed(set.source(), kind)) {
                Generator generator = new Generator(
                        new Random(set.seed() + kind.ordinal()), set.prefix(), set.seed(), size.getValue());
                seed(
                        set.source(),
                        kind,
                        size.getValue(),
                        switch (kind) {
                            case PERSON -> generator::person;
                            case DOCUMENT -> generator::document;
                            case VEHICLE -> generator::vehicle;
                            case FIREARM -> generator::firearm;
                            case ARTWORK -> generator::artwork;
                        });
                seeded.add(kind);
            }
        }
        if (!seeded.isEmpty()) {
            log.info("Demo records seeded in {} ms: {}", (System.nanoTime() - start) / 1_000_000, sizes);
        }
        return seeded;
    }

    private boolean isDemo() {
        return !jdbc.queryForList("SELECT value FROM settings WHERE name = 'demo'", String.class)
                .isEmpty();
    }

    private void seed(String source, RecordKind kind, int count, IntFunction<Draft> make) {
        Viewer seeder = new Viewer("demo", Viewer.GENERAL_SECRETARIAT, Set.of("EDITOR"), Classification.CONFIDENTIAL);
        String id = imports.begin(seeder, kind, source, null);
        Iterable<ImportWriter.Row> rows = () -> new Iterator<>() {
            int n = 0;

            public boolean hasNext() {
                return n < count;
            }

            public ImportWriter.Row next() {
                Draft draft = make.apply(++n);
                Viewer owner = new Viewer("demo", draft.owner(), Set.of("EDITOR"), Classification.CONFIDENTIAL);
                Validation v = records.validation();
                Validated validated = RecordJson.validate(kind, draft.input(), owner, v);
                if (!v.isValid()) {
                    throw new IllegalStateException("demo " + kind + " is invalid: " + v.errors());
                }
                return new ImportWriter.Row(
                        validated, draft.owner(), "officer." + draft.owner().toLowerCase(Locale.ROOT));
            }
        };
        Imports.Progress progress = imports.importRows(id, seeder, kind, rows, "demo data");
        imports.finish(id, "DONE", null, progress);
    }

    /** One generated record and its owner bureau. */
    record Draft(String owner, Object input) {}

    /** Makes up records from a seeded random source. */
    private final class Generator {
        private final Random random;
        private final String prefix;
        private final Faker faker;
        private final List<Country> all;
        private final long seed;
        /** How many records of the kind are made. */
        private final int count;

        private @Nullable Iterator<DemoPeople.Person> people;

        Generator(Random random, String prefix, long seed, int count) {
            this.random = random;
            this.prefix = prefix;
            this.seed = seed;
            this.count = count;
            this.faker = new Faker(Locale.ENGLISH, random);
            this.all = List.copyOf(countries.all());
        }

        /** The set's demo persons' names, taken only for the persons' kind. */
        Iterator<DemoPeople.Person> people() {
            if (people == null) {
                people = DemoPeople.population(seed, count).iterator();
            }
            return people;
        }

        String bureau() {
            return random.nextInt(100) < 80
                    ? DemoNames.pick(BUSY, random)
                    : DemoNames.pick(all, random).code();
        }

        Restriction restriction(String owner) {
            int c = random.nextInt(100);
            Classification classification =
                    c < 80 ? Classification.OFFICIAL : c < 95 ? Classification.RESTRICTED : Classification.CONFIDENTIAL;
            int a = random.nextInt(100);
            if (a < 70) {
                return new Restriction(classification, Audience.ALL, Set.of());
            }
            Set<String> listed = new TreeSet<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                String other = DemoNames.pick(BUSY, random);
                if (!other.equals(owner)) {
                    listed.add(other);
                }
            }
            return new Restriction(classification, a < 88 ? Audience.ONLY : Audience.EXCEPT, listed);
        }

        String date(int fromYear, int toYear) {
            LocalDate start = LocalDate.of(fromYear, 1, 1);
            long days = LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay();
            return start.plusDays((long) (random.nextDouble() * days)).toString();
        }

        Draft person(int n) {
            String owner = bureau();
            DemoPeople.Person person = people().next();
            String nationality = person.nationality() != null
                    ? person.nationality()
                    : random.nextBoolean() ? owner : DemoNames.pick(BUSY, random);
            String sex = person.sex() != null
                    ? person.sex()
                    : random.nextInt(10) < 7 ? "M" : random.nextInt(10) < 9 ? "F" : "U";
            int dob = random.nextInt(100);
            String dateOfBirth = dob < 70
                    ? date(1950, 2005)
                    : dob < 85
                            ? date(1950, 2005).substring(0, 7)
                            : dob < 95 ? date(1950, 2005).substring(0, 4) : null;
            int k = random.nextInt(100);
            List<String> categories = k < 35
                    ? List.of("WANTED")
                    : k < 55
                            ? List.of("MISSING")
                            : k < 80
                                    ? List.of("SUSPECT")
                                    : k < 88 ? List.of("FOREIGN_TERRORIST_FIGHTER") : List.of("OFFENDER");
            String summary = switch (categories.getFirst()) {
                case "WANTED" -> "Wanted for " + DemoNames.pick(OFFENCES, random) + ".";
                case "MISSING" -> "Missing since " + date(2015, 2025) + ".";
                case "SUSPECT" -> "Suspected of " + DemoNames.pick(OFFENCES, random) + ".";
                case "FOREIGN_TERRORIST_FIGHTER" -> "Reported as a foreign terrorist fighter.";
                default -> "Convicted of " + DemoNames.pick(OFFENCES, random) + ".";
            };
            PersonInput input = new PersonInput(
                    prefix + "-P-" + n,
                    person.names(),
                    sex,
                    dateOfBirth,
                    random.nextBoolean() ? faker.address().city() : null,
                    countries.isMember(nationality) ? List.of(nationality) : List.of(),
                    random.nextInt(4) == 0 ? List.of(faker.regexify("[A-Z]{2}[0-9]{7}")) : List.of(),
                    random.nextInt(5) == 0 ? List.of(DemoNames.pick(MARKS, random)) : List.of(),
                    categories,
                    summary,
                    restriction(owner),
                    null,
                    random.nextBoolean() ? "Arrest warrant " + faker.regexify("[0-9]{4}/[0-9]{5}") : null,
                    null);
            return new Draft(owner, input);
        }

        Draft document(int n) {
            String owner = DemoNames.pick(all, random).code();
            if (random.nextInt(100) < 70) {
                owner = DemoNames.pick(BUSY, random);
            }
            String icao = countries.find(owner).orElseThrow().icao();
            int t = random.nextInt(100);
            String type = t < 60 ? "PASSPORT" : t < 90 ? "ID_CARD" : t < 95 ? "RESIDENCE_PERMIT" : "VISA";
            int s = random.nextInt(100);
            String status =
                    s < 45 ? "STOLEN" : s < 85 ? "LOST" : s < 93 ? "REVOKED" : s < 97 ? "INVALIDATED" : "STOLEN_BLANK";
            DocumentInput input = new DocumentInput(
                    prefix + "-D-" + n,
                    faker.regexify("[A-Z]{2}[0-9]{7}"),
                    type,
                    icao,
                    status,
                    date(2016, 2025),
                    null,
                    random.nextInt(100) < 85 ? Restriction.OPEN : restriction(owner),
                    null,
                    null,
                    null);
            return new Draft(owner, input);
        }

        Draft vehicle(int n) {
            String owner = bureau();
            boolean plate = random.nextInt(100) < 70;
            VehicleInput input = new VehicleInput(
                    prefix + "-V-" + n,
                    faker.regexify("[A-HJ-NPR-Z0-9]{17}"),
                    plate ? faker.regexify("[A-Z]{2}-[0-9]{3}-[A-Z]{2}") : null,
                    plate ? owner : null,
                    faker.vehicle().make(),
                    faker.vehicle().model(),
                    2000 + random.nextInt(26),
                    faker.vehicle().color(),
                    random.nextInt(10) < 8 ? "STOLEN" : "MISSING",
                    restriction(owner),
                    null,
                    null,
                    null);
            return new Draft(owner, input);
        }

        Draft firearm(int n) {
            String owner = bureau();
            String[] gun = DemoNames.pick(FIREARMS, random);
            FirearmInput input = new FirearmInput(
                    prefix + "-F-" + n,
                    gun[0],
                    gun[1],
                    gun[2],
                    gun[3],
                    faker.regexify("[A-Z]{3}[0-9]{6}"),
                    DemoNames.pick(List.of("STOLEN", "LOST", "SEIZED", "TRAFFICKED"), random),
                    restriction(owner),
                    null,
                    null,
                    null);
            return new Draft(owner, input);
        }

        Draft artwork(int n) {
            String owner = bureau();
            String type = DemoNames.pick(
                    List.of(
                            "PAINTING",
                            "PAINTING",
                            "SCULPTURE",
                            "DRAWING",
                            "ARCHAEOLOGICAL_OBJECT",
                            "RELIGIOUS_OBJECT"),
                    random);
            ArtworkInput input = new ArtworkInput(
                    prefix + "-A-" + n,
                    DemoNames.pick(SUBJECTS, random) + " " + faker.address().cityName(),
                    faker.name().firstName() + " " + faker.name().lastName(),
                    type,
                    DemoNames.pick(
                            List.of("15th century", "17th century", "19th century", "1920s", "Roman", "Ming"), random),
                    (20 + random.nextInt(180)) + " × " + (20 + random.nextInt(180)) + " cm",
                    "Stolen from a "
                            + DemoNames.pick(List.of("museum", "church", "private collection", "gallery"), random)
                            + " in " + date(2000, 2025).substring(0, 4) + ".",
                    "STOLEN",
                    restriction(owner),
                    null,
                    null,
                    null);
            return new Draft(owner, input);
        }
    }

    private static final List<String> OFFENCES = List.of(
            "armed robbery",
            "drug trafficking",
            "fraud",
            "money laundering",
            "murder",
            "people smuggling",
            "cybercrime",
            "trafficking in cultural goods");

    private static final List<String> MARKS =
            List.of("tattoo of a snake on the left forearm", "scar above the right eye", "missing left little finger");

    private static final List<String[]> FIREARMS = List.of(
            new String[] {"Glock", "17", "9×19mm", "PISTOL"},
            new String[] {"Beretta", "92FS", "9×19mm", "PISTOL"},
            new String[] {"SIG Sauer", "P226", "9×19mm", "PISTOL"},
            new String[] {"Smith & Wesson", "Model 686", ".357 Magnum", "REVOLVER"},
            new String[] {"Colt", "M1911", ".45 ACP", "PISTOL"},
            new String[] {"Heckler & Koch", "MP5", "9×19mm", "SUBMACHINE_GUN"},
            new String[] {"Kalashnikov", "AKM", "7.62×39mm", "RIFLE"},
            new String[] {"Remington", "870", "12 gauge", "SHOTGUN"},
            new String[] {"CZ", "75", "9×19mm", "PISTOL"},
            new String[] {"Walther", "PPK", ".380 ACP", "PISTOL"});

    private static final List<String> SUBJECTS = List.of(
            "View of",
            "Portrait of a Lady from",
            "Madonna of",
            "Still Life,",
            "The Harbour at",
            "Saint of",
            "Vase from");
}
