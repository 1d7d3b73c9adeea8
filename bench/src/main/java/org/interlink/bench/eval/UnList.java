package org.interlink.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The individuals of the UN Security Council consolidated list's development file ({@code
 * ../shared/fixtures/un/consolidated-dev.xml}): each one's name in original script, if the list gives one, and its Latin
 * names (the name parts joined, then every alias written in Latin letters only: an alias that also gives the original
 * script, "Jin Tiesan (金铁三)", would hand the query its answer).
 */
final class UnList {

    private static final Pattern INDIVIDUAL = Pattern.compile("<INDIVIDUAL>(.*?)</INDIVIDUAL>", Pattern.DOTALL);
    private static final Pattern ORIGINAL = Pattern.compile("<NAME_ORIGINAL_SCRIPT>([^<]+)</NAME_ORIGINAL_SCRIPT>");
    private static final Pattern PART =
            Pattern.compile("<(FIRST|SECOND|THIRD|FOURTH)_NAME>([^<]+)</(?:FIRST|SECOND|THIRD|FOURTH)_NAME>");
    private static final Pattern ALIAS = Pattern.compile("<ALIAS_NAME>([^<]+)</ALIAS_NAME>");

    /** One individual of the list, numbered in the file's order. */
    record Individual(int number, @Nullable String original, List<String> latin) {}

    private UnList() {}

    static Path file(Path fixtures) {
        return fixtures.resolve("un/consolidated-dev.xml");
    }

    static List<Individual> read(Path fixtures) {
        String xml;
        try {
            xml = Files.readString(file(fixtures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Individual> out = new ArrayList<>();
        Matcher m = INDIVIDUAL.matcher(xml);
        while (m.find()) {
            String body = m.group(1);
            Matcher o = ORIGINAL.matcher(body);
            String original = o.find() ? o.group(1).strip() : null;
            List<String> parts = new ArrayList<>();
            Matcher p = PART.matcher(body);
            while (p.find()) {
                parts.add(p.group(2).strip());
            }
            List<String> latin = new ArrayList<>();
            if (!parts.isEmpty()) {
                latin.add(String.join(" ", parts));
            }
            Matcher a = ALIAS.matcher(body);
            while (a.find()) {
                String alias = a.group(1).strip();
                if (!alias.isEmpty() && Scripts.latinOnly(alias)) {
                    latin.add(alias);
                }
            }
            out.add(new Individual(out.size(), original, latin));
        }
        return out;
    }
}
