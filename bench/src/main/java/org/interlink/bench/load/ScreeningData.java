package org.interlink.bench.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the data and the request bodies of the screening load test, deterministically (seeded): {@code
 * documents.ndjson} and {@code persons.ndjson} to import through {@code POST /api/v1/imports/…}, and {@code
 * document-checks.ndjson} / {@code person-checks.ndjson} to send, a tenth of them for records that exist (hits) and
 * the rest for numbers and names that do not (the border's usual case).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.ScreeningData DIR DOCUMENTS PERSONS
 * </pre>
 */
public final class ScreeningData {

    static final String[] STATES = {"FRA", "D", "ITA", "ESP", "GBR", "USA", "POL", "NLD", "BEL", "ROU", "TUR", "MAR"};
    static final String[] SYLLABLES = {
        "ka", "ri", "mo", "la", "sen", "dor", "vi", "na", "tu", "bel", "ro", "ma", "lek", "san", "dra", "mi", "go",
        "ul", "fa", "rid", "ha", "mid", "os", "car", "el", "ena", "jo", "han", "ne", "sta", "vro", "pou", "los", "ki",
        "ra"
    };
    static final int CHECKS = 20_000;

    private ScreeningData() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        int persons = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(20261127);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("documents.ndjson"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < documents; i++) {
                out.write("{\"externalId\":\"load-d" + i + "\",\"number\":\"" + documentNumber(i)
                        + "\",\"type\":\"PASSPORT\",\"issuingCountry\":\"" + STATES[i % STATES.length]
                        + "\",\"status\":\"STOLEN\",\"reportedOn\":\"2025-01-02\"}\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("persons.ndjson"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < persons; i++) {
                SplittableRandom r = new SplittableRandom(i);
                out.write("{\"externalId\":\"load-p" + i + "\",\"names\":[{\"value\":\"" + name(r)
                        + "\",\"type\":\"PRIMARY\"}],\"sex\":\"" + (r.nextBoolean() ? "M" : "F")
                        + "\",\"dateOfBirth\":\"" + (1940 + r.nextInt(65)) + "\",\"nationalities\":[\"FR\"],"
                        + "\"categories\":[\"WANTED\"]}\n");
            }
        }
        try (BufferedWriter out =
                Files.newBufferedWriter(dir.resolve("document-checks.ndjson"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < CHECKS; i++) {
                boolean hit = random.nextInt(10) == 0 && documents > 0;
                int n = hit ? random.nextInt(documents) : documents + random.nextInt(Integer.MAX_VALUE - documents);
                out.write("{\"number\":\"" + documentNumber(n) + "\",\"issuingCountry\":\"" + STATES[n % STATES.length]
                        + "\"}\n");
            }
        }
        try (BufferedWriter out =
                Files.newBufferedWriter(dir.resolve("person-checks.ndjson"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < CHECKS; i++) {
                boolean hit = random.nextInt(10) == 0 && persons > 0;
                SplittableRandom r =
                        new SplittableRandom(hit ? random.nextInt(persons) : -1L - random.nextInt(1 << 30));
                out.write("{\"name\":\"" + name(r) + "\"}\n");
            }
        }
    }

    /** Distinct per index: two letters and seven digits, as many passports have. */
    static String documentNumber(int i) {
        long mixed = (i * 0x9E3779B97F4A7C15L) >>> 1;
        char a = (char) ('A' + (int) (mixed % 26));
        char b = (char) ('A' + (int) ((mixed / 26) % 26));
        return "" + a + b + String.format("%08d", i);
    }

    static String name(SplittableRandom r) {
        return cap(word(r, 2 + r.nextInt(2))) + " " + cap(word(r, 2 + r.nextInt(2)));
    }

    private static String word(SplittableRandom r, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
