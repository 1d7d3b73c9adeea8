package org.interlink.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written table of public figures (eval/public-figures.tsv) keeps the shape its readers rely on: a comment
 * block, the header row, five tab-separated columns, an ISO 15924 script code that agrees with the letters of the form
 * (by ICU's {@link UScript}), at least 300 persons with at least three forms each, and no row twice.
 */
class PublicFiguresTableTest {

    static final String RESOURCE = PublicFigures.RESOURCE;
    static final String HEADER = "person\tform\tscript\tsystem\tnationality";

    /** For each script code the table uses, the ICU scripts its forms' letters may be written in. */
    static final Map<String, Set<Integer>> SCRIPTS = Map.ofEntries(
            Map.entry("Latn", Set.of(UScript.LATIN)),
            Map.entry("Cyrl", Set.of(UScript.CYRILLIC)),
            Map.entry("Arab", Set.of(UScript.ARABIC)),
            Map.entry("Hebr", Set.of(UScript.HEBREW)),
            Map.entry("Grek", Set.of(UScript.GREEK)),
            Map.entry("Geor", Set.of(UScript.GEORGIAN)),
            Map.entry("Armn", Set.of(UScript.ARMENIAN)),
            Map.entry("Thai", Set.of(UScript.THAI)),
            Map.entry("Deva", Set.of(UScript.DEVANAGARI)),
            Map.entry("Beng", Set.of(UScript.BENGALI)),
            Map.entry("Hans", Set.of(UScript.HAN)),
            Map.entry("Hant", Set.of(UScript.HAN)),
            Map.entry("Jpan", Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA)),
            Map.entry("Kore", Set.of(UScript.HANGUL, UScript.HAN)));

    static final Pattern PERSON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern SYSTEM = Pattern.compile("[a-z]{2,3}(-[a-z]+)?");
    static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");

    @Test
    void theTableHasItsDocumentedShape() throws IOException {
        List<String> lines = lines();
        assertThat(lines.getFirst())
                .as("the table opens with its comment block")
                .startsWith("#");
        List<String> rows = lines.stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .toList();
        assertThat(rows.getFirst()).isEqualTo(HEADER);

        Map<String, List<String[]>> persons = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            if (cells.length != 5) {
                problems.add("not five columns: " + row);
                continue;
            }
            if (!seen.add(row)) {
                problems.add("row twice: " + row);
            }
            for (String cell : cells) {
                if (cell.isBlank() || !cell.strip().equals(cell)) {
                    problems.add("blank or padded cell: " + row);
                }
            }
            if (!PERSON.matcher(cells[0]).matches()) {
                problems.add("person is not a slug: " + row);
            }
            if (!SYSTEM.matcher(cells[3]).matches()) {
                problems.add("system is not a language or language-system code: " + row);
            }
            if (!NATIONALITY.matcher(cells[4]).matches()) {
                problems.add("nationality is not ISO 3166-1 alpha-2: " + row);
            }
            Set<Integer> allowed = SCRIPTS.get(cells[2]);
            Set<String> written = scripts(cells[1]);
            if (allowed == null) {
                problems.add("unknown script code " + cells[2] + ": " + row);
            } else if (written.isEmpty() || !names(allowed).containsAll(written)) {
                problems.add("form written in " + written + ", not " + cells[2] + ": " + row);
            }
            persons.computeIfAbsent(cells[0], p -> new ArrayList<>()).add(cells);
        }
        persons.forEach((person, forms) -> {
            if (forms.size() < 3) {
                problems.add("fewer than three forms: " + person);
            }
            if (forms.stream().map(f -> f[4]).distinct().count() != 1) {
                problems.add("nationality differs between rows: " + person);
            }
        });

        assertThat(problems).isEmpty();
        assertThat(persons).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void theScriptCheckTellsScriptsApart() {
        assertThat(scripts("Дмитрий Шостакович")).containsExactly("Cyrillic");
        assertThat(scripts("アンゲラ・メルケル")).containsExactly("Katakana");
        assertThat(scripts("安倍晋三")).containsExactly("Han");
        assertThat(scripts("Shinzō Abe")).containsExactly("Latin");
        assertThat(names(SCRIPTS.get("Latn"))).doesNotContain("Cyrillic");
    }

    /** The ICU script names of the letters of a form; separators, dots and marks belong to no script here. */
    static Set<String> scripts(String form) {
        Set<String> scripts = new TreeSet<>();
        form.codePoints().filter(Character::isLetter).forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                scripts.add(UScript.getName(script));
            }
        });
        return scripts;
    }

    private static Set<String> names(Set<Integer> codes) {
        Set<String> names = new TreeSet<>();
        codes.forEach(code -> names.add(UScript.getName(code)));
        return names;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = PublicFiguresTableTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
