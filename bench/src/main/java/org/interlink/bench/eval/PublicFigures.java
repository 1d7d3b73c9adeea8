package org.interlink.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written table of public figures ({@code eval/public-figures.tsv}, described in its comment block and
 * docs/MATCHING.md): each person's written forms, in the table's order.
 */
final class PublicFigures {

    static final String RESOURCE = "/eval/public-figures.tsv";

    /** One written form of one person's name; {@code script} is the table's ISO 15924 code, {@code system} its system. */
    record Form(String person, String form, String script, String system, String nationality) {}

    private PublicFigures() {}

    /** Every person's forms, keyed by the person's slug, in the table's order. */
    static Map<String, List<Form>> read() {
        try (InputStream in = PublicFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            Map<String, List<Form>> persons = new LinkedHashMap<>();
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .toList();
            for (String row : rows.subList(1, rows.size())) {
                String[] c = row.split("\t", -1);
                persons.computeIfAbsent(c[0], p -> new ArrayList<>()).add(new Form(c[0], c[1], c[2], c[3], c[4]));
            }
            return persons;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
