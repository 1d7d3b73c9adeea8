package org.interlink.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads ../shared/fixtures/names; never copies it anywhere. */
final class NameFixtures {

    static final List<String> LANGUAGES =
            List.of("arabic", "chinese", "hebrew", "japanese", "katakana", "korean", "russian");

    private NameFixtures() {}

    /** All rows of {@code wd_<language>_<split>}, target characters joined (the file separates them by spaces). */
    static List<NamePair> pairs(Path fixtures, String language, String split) {
        Path file = fixtures.resolve("names/wikidata-translit/wd_" + language + "_" + split);
        try {
            List<NamePair> pairs = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] cols = line.split("\t");
                if (cols.length >= 2 && !cols[0].isBlank() && !cols[1].isBlank()) {
                    pairs.add(new NamePair(language, cols[0].strip(), cols[1].replace(" ", "")));
                }
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenSanctions spellings of one person in 15 scripts. */
    static List<String> putinNames(Path fixtures) {
        try {
            return Files.readAllLines(fixtures.resolve("names/opensanctions/putin_names.txt")).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
