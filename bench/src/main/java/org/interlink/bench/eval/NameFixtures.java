package org.interlink.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads ../shared/fixtures/names; never copies it anywhere. */
final class NameFixtures {

    static final List<String> LANGUAGES =
            List.of("arabic", "chinese", "hebrew", "japanese", "katakana", "korean", "russian");

    private NameFixtures() {}

    /**
     * The engineer's verdicts on a sample of rows of the {@code _16} files (docs/evaluation, read from the repository
     * root or the bench module): file and 1-based line of each row, and TRUE, VARIANT or MISMATCH.
     */
    static final List<Path> VERDICTS = List.of(
            Path.of("docs/evaluation/wikidata-translit-16-row-verdicts.tsv"),
            Path.of("../docs/evaluation/wikidata-translit-16-row-verdicts.tsv"));

    /** All rows of {@code wd_<language>_<split>}, target characters joined (the file separates them by spaces). */
    static List<NamePair> pairs(Path fixtures, String language, String split) {
        return rows(fixtures, language, split, Set.of());
    }

    /**
     * The rows of {@link #pairs} without those judged MISMATCH in the verdicts file (a Latin part paired with a
     * different name by the label split). Only a sample of {@code _16} was judged, so most crossed rows remain.
     */
    static List<NamePair> checkedPairs(Path fixtures, String language, String split) {
        return rows(fixtures, language, split, crossedLines("wd_" + language + "_" + split));
    }

    private static List<NamePair> rows(Path fixtures, String language, String split, Set<Integer> dropped) {
        Path file = fixtures.resolve("names/wikidata-translit/wd_" + language + "_" + split);
        try {
            List<NamePair> pairs = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String[] cols = lines.get(i).split("\t");
                if (cols.length >= 2 && !cols[0].isBlank() && !cols[1].isBlank() && !dropped.contains(i + 1)) {
                    pairs.add(new NamePair(language, cols[0].strip(), cols[1].replace(" ", "")));
                }
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based lines of a fixture file judged MISMATCH; none when the verdicts file is not found. */
    static Set<Integer> crossedLines(String fixtureFile) {
        Path verdicts =
                VERDICTS.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        if (verdicts == null) {
            return Set.of();
        }
        try {
            Set<Integer> lines = new HashSet<>();
            for (String line : Files.readAllLines(verdicts)) {
                String[] cols = line.split("\t");
                if (cols.length == 3 && cols[0].equals(fixtureFile) && cols[2].equals("MISMATCH")) {
                    lines.add(Integer.parseInt(cols[1]));
                }
            }
            return lines;
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
